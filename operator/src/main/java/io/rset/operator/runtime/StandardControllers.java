package io.rset.operator.runtime;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.rset.operator.metrics.OperatorMetrics;
import io.rset.operator.notification.EventForwarder;
import io.rset.operator.notification.Notifications;
import io.rset.operator.provider.InputProviderReconciler;
import io.rset.operator.resourceset.ReconcilerSettings;
import io.rset.operator.resourceset.ResourceSetReconciler;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The controllers {@code rset operator} runs: ResourceSets (with the operator flags, the metrics
 * listener) and ResourceSetInputProviders, both forwarding events to Flux's notification-controller
 * as the environment configures it ({@link Notifications}).
 */
public final class StandardControllers implements OperatorRuntime.Controllers {
  private final ReconcilerSettings base;
  private final Function<KubernetesClient, EventForwarder> notifications;

  /** The Flux Operator's defaults for everything the flags do not set. */
  public StandardControllers() {
    this(ReconcilerSettings.defaults());
  }

  /** {@code base} for everything the flags do not set (tests shorten its intervals). */
  public StandardControllers(ReconcilerSettings base) {
    this(base, fromEnvironment(System.getenv()));
  }

  /**
   * With the event forwarding {@code notifications} creates for the operator's client (tests pass
   * their own environment).
   */
  public StandardControllers(
      ReconcilerSettings base, Function<KubernetesClient, EventForwarder> notifications) {
    this.base = base;
    this.notifications = notifications;
  }

  /** Forwarding configured from this environment, read now. */
  public static Function<KubernetesClient, EventForwarder> fromEnvironment(
      Map<String, String> env) {
    Map<String, String> copy = Map.copyOf(env);
    return client -> Notifications.fromEnvironment(copy, client);
  }

  @Override
  public List<Reconciler<? extends HasMetadata>> create(
      KubernetesClient client, OperatorSettings settings, OperatorMetrics metrics) {
    ReconcilerSettings resourceSets =
        base.withRequeueDependency(settings.requeueDependency())
            .withDefaultServiceAccount(settings.defaultServiceAccount())
            .withOverrideManagers(settings.overrideManagers())
            .withIntervalJitterPercent(settings.tuning().intervalJitterPercent())
            .withWatchConfigsLabelSelector(settings.tuning().watchConfigsLabelSelector())
            .withListener(new MetricsListener(metrics));
    EventForwarder forwarder = notifications.apply(client);
    return List.of(
        new ResourceSetReconciler(client, resourceSets, forwarder),
        new InputProviderReconciler(client, metrics, forwarder));
  }
}
