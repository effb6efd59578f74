package io.rset.operator.provider;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.rset.core.time.GoDuration;
import io.rset.operator.api.Manifests;
import io.rset.operator.api.ResourceSetInputProvider;
import io.rset.operator.metrics.OperatorMetrics;
import io.rset.operator.notification.EventForwarder;
import io.rset.operator.status.Conditions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ResourceSetInputProvider controller (spec §5.1). The {@code Static} type is served end to
 * end: {@code defaultValues} plus an {@code id} become {@code status.exportedInputs}, with {@code
 * lastExportedRevision}, the Ready condition and the Flux events. Every other type is stalled with
 * a message saying rset does not support it yet. {@code spec.schedule} limits when a provider runs
 * ({@link ProviderSchedule}); outside it the reconcile is skipped until the next activation.
 * ResourceSets learn about new inputs through their own watch on providers ({@link
 * InputProviderWatch}), not from this controller.
 *
 * <p>The finalizer {@code fluxcd.controlplane.io/finalizer} is added by JOSDK before the first
 * reconcile, which therefore initialises the conditions as Flux does when it adds the finalizer.
 */
@ControllerConfiguration(
    name = "resourcesetinputprovider",
    finalizerName = InputProviderReconciler.FINALIZER,
    fieldManager = InputProviderReconciler.FIELD_MANAGER,
    generationAwareEventProcessing = false,
    informer = @Informer(onUpdateFilter = FluxEventFilter.class))
public final class InputProviderReconciler
    implements Reconciler<ResourceSetInputProvider>, Cleaner<ResourceSetInputProvider> {
  public static final String FINALIZER = "fluxcd.controlplane.io/finalizer";
  public static final String FIELD_MANAGER = "flux-operator";
  static final String RECONCILE = "fluxcd.controlplane.io/reconcile";
  static final String RECONCILE_EVERY = "fluxcd.controlplane.io/reconcileEvery";
  static final String RECONCILE_TIMEOUT = "fluxcd.controlplane.io/reconcileTimeout";
  static final String REQUESTED_AT = "reconcile.fluxcd.io/requestedAt";
  static final String FORCE_AT = "reconcile.fluxcd.io/forceAt";
  static final String REVISION_ANNOTATION = "fluxcd.controlplane.io/revision";
  static final String TOKEN_ANNOTATION = "fluxcd.controlplane.io/token";
  static final String TERMINAL = "Reconciliation failed terminally due to configuration error: ";
  static final String IN_PROGRESS = "Reconciliation in progress";
  static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

  private static final Logger LOG = LoggerFactory.getLogger(InputProviderReconciler.class);

  private final ProviderEvents events;
  private final OperatorMetrics metrics;
  private final Clock clock;

  public InputProviderReconciler(KubernetesClient client, OperatorMetrics metrics) {
    this(client, metrics, EventForwarder.NONE);
  }

  /**
   * A reconciler whose Warnings and new-revision {@code ReconciliationSucceeded} events also go to
   * {@code forwarder} (Flux's notification-controller, spec §5.1).
   */
  public InputProviderReconciler(
      KubernetesClient client, OperatorMetrics metrics, EventForwarder forwarder) {
    this(client, metrics, Clock.systemUTC(), forwarder);
  }

  InputProviderReconciler(KubernetesClient client, OperatorMetrics metrics, Clock clock) {
    this(client, metrics, clock, EventForwarder.NONE);
  }

  InputProviderReconciler(
      KubernetesClient client, OperatorMetrics metrics, Clock clock, EventForwarder forwarder) {
    this.events = new ProviderEvents(client, clock, forwarder);
    this.metrics = metrics;
    this.clock = clock;
  }

  /** One reconcile's working state: the status being built and how the reconcile ends. */
  private final class Run {
    final ResourceSetInputProvider provider;
    final Map<String, Object> status;
    final Conditions conditions;
    final Long generation;
    final Map<String, String> annotations;
    final Instant start = clock.instant();

    Run(ResourceSetInputProvider provider) {
      this.provider = provider;
      ResourceSetInputProvider.Status old = provider.getStatus();
      this.status = old == null ? new LinkedHashMap<>() : new LinkedHashMap<>(old);
      this.conditions = new Conditions(old == null ? List.of() : old.conditions());
      this.generation = provider.getMetadata().getGeneration();
      Map<String, String> a = provider.getMetadata().getAnnotations();
      this.annotations = a == null ? Map.of() : a;
    }

    void set(String type, String status, String reason, String message) {
      conditions.set(type, status, reason, message, generation, clock.instant());
    }

    /** Ready=False and Stalled=True with one reason and message; a Warning event; no requeue. */
    UpdateControl<ResourceSetInputProvider> stall(String reason, String message) {
      set(Conditions.READY, "False", reason, message);
      set(Conditions.STALLED, "True", reason, message);
      conditions.delete(Conditions.RECONCILING);
      events.record(provider, ProviderEvents.WARNING, reason, message);
      LOG.error("{}", message);
      return finish(null);
    }

    /** The deferred finalize of spec §4.2.1, then the status patch and the requeue. */
    UpdateControl<ResourceSetInputProvider> finish(Duration requeue) {
      String requestedAt = annotations.get(REQUESTED_AT);
      if (requestedAt != null) {
        status.put("lastHandledReconcileAt", requestedAt);
      }
      if (conditions.isFalse(Conditions.READY) && conditions.has(Conditions.RECONCILING)) {
        Map<String, Object> r = conditions.get(Conditions.RECONCILING);
        r.put("reason", "ProgressingWithRetry");
      }
      if (conditions.isTrue(Conditions.READY) || conditions.isTrue(Conditions.STALLED)) {
        conditions.delete(Conditions.RECONCILING);
      }
      status.put("conditions", conditions.list());
      provider.setStatus(new ResourceSetInputProvider.Status(status));
      metrics.recordStatus(provider);
      UpdateControl<ResourceSetInputProvider> control = UpdateControl.patchStatus(provider);
      return requeue == null ? control : control.rescheduleAfter(requeue);
    }
  }

  @Override
  public UpdateControl<ResourceSetInputProvider> reconcile(
      ResourceSetInputProvider provider, Context<ResourceSetInputProvider> context) {
    Run run = new Run(provider);
    boolean disabled = "disabled".equals(lower(run.annotations.get(RECONCILE)));
    if (run.conditions.list().isEmpty()) {
      // the finalizer was just added: initialise the conditions (spec §4.2 step 4)
      if (disabled) {
        run.set(
            Conditions.READY,
            "True",
            "ReconciliationDisabled",
            "Initialized with reconciliation suspended");
        return run.finish(null);
      }
      run.set(Conditions.READY, "Unknown", "Progressing", IN_PROGRESS);
      run.set(Conditions.RECONCILING, "True", "Progressing", IN_PROGRESS);
    }
    if (disabled) {
      events.record(
          provider, ProviderEvents.WARNING, "ReconciliationDisabled", "Reconciliation is disabled");
      return run.finish(null);
    }
    boolean force = forced(run);
    String forceAt = run.annotations.get(FORCE_AT);
    if (forceAt != null) {
      run.status.put("lastHandledForceAt", forceAt);
    }
    Map<String, Object> spec = provider.getSpec() == null ? Map.of() : provider.getSpec();
    Duration timeout = GoDuration.parseOr(run.annotations.get(RECONCILE_TIMEOUT), DEFAULT_TIMEOUT);
    ProviderSchedule schedule;
    try {
      schedule = ProviderSchedule.build(spec.get("schedule"), timeout);
    } catch (ProviderSchedule.InvalidScheduleException e) {
      return run.stall("InvalidSchedule", TERMINAL + e.getMessage());
    }
    run.status.remove("nextSchedule");
    Instant now = clock.instant();
    if (!force && !schedule.allows(now)) {
      return skip(run, schedule.next(now), now);
    }
    String type = provider.getSpec() == null ? null : provider.getSpec().type();
    if (!ProviderTypes.supported(type)) {
      return run.stall(
          "UnsupportedProviderType",
          TERMINAL
              + "provider type '"
              + type
              + "' is not supported by rset yet: only 'Static' providers export inputs");
    }
    if (Boolean.TRUE.equals(spec.get("insecure"))) {
      return run.stall(
          "InvalidSpec",
          TERMINAL
              + "spec.insecure can only be set when spec.type is 'ExternalService' or"
              + " 'OCIArtifactTag'");
    }
    run.set(Conditions.RECONCILING, "True", "Progressing", IN_PROGRESS);
    run.conditions.delete(Conditions.STALLED);

    List<Map<String, Object>> exported =
        StaticInputs.export(defaultValues(spec), provider.getMetadata().getUid());
    String revision = StaticInputs.revision(exported);
    boolean newRevision = !revision.equals(run.status.get("lastExportedRevision"));
    run.status.put("exportedInputs", exported);
    run.status.put("lastExportedRevision", revision);
    String message =
        "Reconciliation finished in "
            + GoDuration.elapsed(Duration.between(run.start, clock.instant()));
    run.set(Conditions.READY, "True", "ReconciliationSucceeded", message);
    events.record(
        provider,
        ProviderEvents.NORMAL,
        "ReconciliationSucceeded",
        message + ", revision " + revision,
        Map.of(REVISION_ANNOTATION, revision, TOKEN_ANNOTATION, token()),
        newRevision);
    LOG.info("{}, revision {}", message, revision);
    return run.finish(requeueAfterSuccess(run, schedule));
  }

  /**
   * A one-off out-of-schedule run: {@code forceAt} equals {@code requestedAt} and neither value was
   * handled before.
   */
  private static boolean forced(Run run) {
    String forceAt = run.annotations.get(FORCE_AT);
    return forceAt != null
        && forceAt.equals(run.annotations.get(REQUESTED_AT))
        && !forceAt.equals(run.status.get("lastHandledForceAt"))
        && !forceAt.equals(run.status.get("lastHandledReconcileAt"));
  }

  /**
   * Outside the schedule (spec §5.1 step 4): record the next run in {@code status.nextSchedule},
   * turn a first run's Ready=Unknown into Ready=True/SkippedDueToSchedule, leave other conditions
   * as they are, and requeue at the next activation.
   */
  private UpdateControl<ResourceSetInputProvider> skip(
      Run run, ProviderSchedule.Trigger next, Instant now) {
    String message =
        "Reconciliation skipped, next scheduled at " + ProviderSchedule.rfc3339(next.when());
    run.status.put("nextSchedule", next.status());
    if (run.conditions.has(Conditions.RECONCILING)
        && run.conditions.has(Conditions.READY)
        && "Unknown".equals(run.conditions.get(Conditions.READY).get("status"))) {
      run.conditions.delete(Conditions.RECONCILING);
      run.set(Conditions.READY, "True", "SkippedDueToSchedule", message);
    }
    events.record(run.provider, ProviderEvents.NORMAL, "SkippedDueToSchedule", message);
    LOG.info("{}", message);
    return run.finish(next.when() == null ? null : Duration.between(now, next.when()));
  }

  /**
   * The requeue after a successful run (spec §5.6): {@code reconcileEvery}, unless a schedule
   * drives the next run, because no window is open at the next interval or an activation comes
   * first; then the requeue is at that activation and {@code status.nextSchedule} names it.
   */
  private Duration requeueAfterSuccess(Run run, ProviderSchedule schedule) {
    Duration interval = interval(run.annotations);
    if (schedule.isEmpty()) {
      return interval;
    }
    Instant end = clock.instant();
    Instant nextInterval = end.plus(interval == null ? Duration.ZERO : interval);
    ProviderSchedule.Trigger next = schedule.next(end);
    boolean triggerFirst = next.when() != null && next.when().isBefore(nextInterval);
    if (!schedule.windowOpen(nextInterval) || triggerFirst) {
      run.status.put("nextSchedule", next.status());
      return next.when() == null ? null : Duration.between(end, next.when());
    }
    return interval;
  }

  @Override
  public DeleteControl cleanup(
      ResourceSetInputProvider provider, Context<ResourceSetInputProvider> context) {
    metrics.forget(provider);
    return DeleteControl.defaultDelete();
  }

  /** {@code reconcileEvery} (default 10m); null when it is zero or negative (no requeue). */
  static Duration interval(Map<String, String> annotations) {
    Duration d = GoDuration.parseOr(annotations.get(RECONCILE_EVERY), DEFAULT_INTERVAL);
    return d.isZero() || d.isNegative() ? null : d;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> defaultValues(Map<String, Object> spec) {
    return spec.get("defaultValues") instanceof Map<?, ?> m
        ? (Map<String, Object>) Manifests.plain(m)
        : Map.of();
  }

  /** The event token: the digest of the current Unix time in nanoseconds. */
  private String token() {
    Instant now = clock.instant();
    long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(Long.toString(nanos).getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
