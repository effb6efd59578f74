package io.rset.operator.resourceset;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.RequestConfigBuilder;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.rset.core.time.GoDuration;
import io.rset.operator.api.ResourceSet;
import io.rset.operator.api.ResourceSetInputProvider;
import io.rset.operator.notification.EventForwarder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ResourceSet controller (spec §4): a JOSDK reconciler and cleaner. Register it with {@code
 * operator.register(new ResourceSetReconciler(client, settings))}; the controller is named {@value
 * #NAME}, uses the finalizer {@value #FINALIZER} and field manager {@code flux-operator}, and
 * watches ResourceSetInputProviders and (with a label selector) ConfigMaps and Secrets.
 *
 * <p>Every read, apply and delete of a ResourceSet's generated objects goes through a client
 * impersonating {@code system:serviceaccount:<namespace>:<sa>} when {@code spec.serviceAccountName}
 * (or the default service account setting) is set. Status patches, events, dependency checks and
 * input provider reads use the operator's own client, as in the Flux Operator.
 */
@ControllerConfiguration(
    name = ResourceSetReconciler.NAME,
    finalizerName = ResourceSetReconciler.FINALIZER,
    generationAwareEventProcessing = false,
    fieldManager = ReconcilerSettings.FIELD_MANAGER,
    informer = @Informer(onUpdateFilter = ResourceSetEventFilter.class))
public class ResourceSetReconciler implements Reconciler<ResourceSet>, Cleaner<ResourceSet> {
  /** The controller name. */
  public static final String NAME = "resourceset";

  /** The finalizer. */
  public static final String FINALIZER = "fluxcd.controlplane.io/finalizer";

  private static final Logger LOG = LoggerFactory.getLogger(ResourceSetReconciler.class);

  private final KubernetesClient client;
  private final ReconcilerSettings settings;
  private final KubeApi.Discovery discovery;
  private final KubeApi operatorApi;
  private final Map<String, KubeApi> impersonated = new ConcurrentHashMap<>();
  private final StatusPatcher statusPatcher;
  private final EventRecorder events;
  private final Watches watches;

  public ResourceSetReconciler(KubernetesClient client, ReconcilerSettings settings) {
    this(client, settings, EventForwarder.NONE);
  }

  /**
   * A reconciler whose Warning and {@code ApplySucceeded} events also go to {@code forwarder}
   * (Flux's notification-controller, spec §4.12).
   */
  public ResourceSetReconciler(
      KubernetesClient client, ReconcilerSettings settings, EventForwarder forwarder) {
    this.client = Objects.requireNonNull(client);
    this.settings = Objects.requireNonNull(settings);
    this.discovery = new KubeApi.Discovery(client);
    this.operatorApi = new KubeApi(client, discovery);
    this.statusPatcher = new StatusPatcher(client);
    this.events = new EventRecorder(client, settings.clock(), Objects.requireNonNull(forwarder));
    this.watches = new Watches(settings.clock());
  }

  @Override
  public UpdateControl<ResourceSet> reconcile(ResourceSet rs, Context<ResourceSet> context) {
    ResourceID id = ResourceID.fromResource(rs);
    String self =
        ResourceSet.KIND + "/" + rs.getMetadata().getNamespace() + "/" + rs.getMetadata().getName();
    return new ReconcileRun(
            this,
            rs,
            since -> {
              String t = watches.triggerSince(id, since);
              if (t != null) {
                return t;
              }
              return context.isNextReconciliationImminent() ? self : null;
            })
        .run();
  }

  @Override
  public DeleteControl cleanup(ResourceSet rs, Context<ResourceSet> context) {
    Instant start = settings.clock().instant();
    ResourceID id = ResourceID.fromResource(rs);
    Inventory inventory =
        Inventory.read(rs.getStatus() == null ? List.of() : rs.getStatus().inventoryEntries());
    if (!ReconcileRun.disabled(rs) && !inventory.isEmpty()) {
      String sa = serviceAccount(rs);
      boolean saExists = true;
      if (sa != null) {
        try {
          saExists =
              client
                      .serviceAccounts()
                      .inNamespace(rs.getMetadata().getNamespace())
                      .withName(sa)
                      .get()
                  != null;
        } catch (KubernetesClientException e) {
          saExists = false;
          LOG.warn("failed to read ServiceAccount {}: {}", sa, ApiException.of(e).getMessage());
        }
      }
      if (saExists) {
        KubeApi api = apiFor(rs.getMetadata().getNamespace(), sa);
        try {
          new GarbageCollector(
                  api, settings, rs.getMetadata().getName(), rs.getMetadata().getNamespace())
              .collect(inventory.refs())
              .forEach(e -> settings.listener().applied(e.action()));
        } catch (OperationFailure e) {
          LOG.error("uninstall failed: {}", e.getMessage());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        LOG.info(
            "Uninstallation compleated in {}",
            GoDuration.elapsed(Duration.between(start, settings.clock().instant())));
      } else {
        LOG.info("ServiceAccount {} not found, skipping garbage collection", sa);
      }
    }
    watches.forget(id);
    settings.listener().deleted(rs);
    return DeleteControl.defaultDelete();
  }

  @Override
  public List<EventSource<?, ResourceSet>> prepareEventSources(
      EventSourceContext<ResourceSet> context) {
    List<EventSource<?, ResourceSet>> sources = new ArrayList<>();
    InformerEventSourceConfiguration<ResourceSetInputProvider> providers =
        InformerEventSourceConfiguration.from(ResourceSetInputProvider.class, ResourceSet.class)
            .withName("resourcesetinputproviders")
            .withNamespacesInheritedFromController()
            .withSecondaryToPrimaryMapper(
                p -> watches.forProvider(p, context.getPrimaryCache().list()))
            .withOnUpdateFilter((n, o) -> !Objects.equals(revision(n), revision(o)))
            .build();
    sources.add(new InformerEventSource<>(providers, context));
    String selector = settings.watchConfigsLabelSelector();
    if (selector != null && !selector.isBlank()) {
      sources.add(configWatch(ConfigMap.class, "configmaps", selector, context));
      sources.add(configWatch(Secret.class, "secrets", selector, context));
    }
    return sources;
  }

  private <R extends HasMetadata> InformerEventSource<R, ResourceSet> configWatch(
      Class<R> type, String name, String selector, EventSourceContext<ResourceSet> context) {
    InformerEventSourceConfiguration<R> cfg =
        InformerEventSourceConfiguration.from(type, ResourceSet.class)
            .withName(name)
            .withNamespacesInheritedFromController()
            .withLabelSelector(selector)
            .withSecondaryToPrimaryMapper(
                o -> watches.forConfig(o, context.getPrimaryCache().list()))
            .withOnUpdateFilter(
                (n, o) ->
                    !Objects.equals(
                        n.getMetadata().getResourceVersion(), o.getMetadata().getResourceVersion()))
            .build();
    return new InformerEventSource<>(cfg, context);
  }

  private static String revision(ResourceSetInputProvider p) {
    return p.getStatus() == null ? null : p.getStatus().lastExportedRevision();
  }

  // ---- collaborators for ReconcileRun
  // ------------------------------------------------------------

  ReconcilerSettings settings() {
    return settings;
  }

  KubernetesClient operatorClient() {
    return client;
  }

  KubeApi operatorApi() {
    return operatorApi;
  }

  StatusPatcher statusPatcher() {
    return statusPatcher;
  }

  EventRecorder events() {
    return events;
  }

  Watches watches() {
    return watches;
  }

  /**
   * The API for a ResourceSet's objects: impersonating {@code system:serviceaccount:<ns>:<sa>} when
   * {@code sa} is set, the operator's own otherwise.
   */
  KubeApi apiFor(String namespace, String sa) {
    if (sa == null || sa.isEmpty()) {
      return operatorApi;
    }
    String user = "system:serviceaccount:" + namespace + ":" + sa;
    return impersonated.computeIfAbsent(
        user,
        u -> {
          KubernetesClient c =
              client
                  .newClient(
                      new RequestConfigBuilder(client.getConfiguration().getRequestConfig())
                          .withImpersonateUsername(u)
                          .build())
                  .adapt(KubernetesClient.class);
          return new KubeApi(c, discovery);
        });
  }

  private String serviceAccount(ResourceSet rs) {
    Object sa = rs.getSpec() == null ? null : rs.getSpec().get("serviceAccountName");
    if (sa instanceof String s && !s.isEmpty()) {
      return s;
    }
    return settings.defaultServiceAccount();
  }
}
