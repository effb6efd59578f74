package io.rset.operator.runtime;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.rset.operator.metrics.OperatorMetrics;
import io.rset.operator.provider.InputProviderReconciler;
import io.rset.operator.resourceset.ReconcilerSettings;
import io.rset.operator.resourceset.ResourceSetReconciler;
import java.util.List;

/**
 * The controllers {@code rset operator} runs: ResourceSets (with the operator flags and the metrics
 * listener) and ResourceSetInputProviders.
 */
public final class StandardControllers implements OperatorRuntime.Controllers {
  private final ReconcilerSettings base;

  /** The Flux Operator's defaults for everything the flags do not set. */
  public StandardControllers() {
    this(ReconcilerSettings.defaults());
  }

  /** {@code base} for everything the flags do not set (tests shorten its intervals). */
  public StandardControllers(ReconcilerSettings base) {
    this.base = base;
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
    return List.of(
        new ResourceSetReconciler(client, resourceSets),
        new InputProviderReconciler(client, metrics));
  }
}
