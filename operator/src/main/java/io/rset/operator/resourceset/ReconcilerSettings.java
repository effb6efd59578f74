package io.rset.operator.resourceset;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The ResourceSet reconciler's settings: the operator flags of spec §4.16 and the fixed intervals
 * of §4.10 (configurable so tests can run fast).
 *
 * @param requeueDependency {@code --requeue-dependency}: retry interval of a failed dependency
 *     check (default 5s)
 * @param defaultServiceAccount {@code --default-service-account}: the service account to
 *     impersonate when {@code spec.serviceAccountName} is empty; null for the operator's identity
 * @param intervalJitterPercent {@code --interval-jitter-percentage}: ± jitter of the success
 *     requeue (default 5)
 * @param overrideManagers {@code --override-manager}: field managers whose fields are taken over
 * @param watchConfigsLabelSelector {@code --watch-configs-label-selector}: the ConfigMaps and
 *     Secrets whose changes trigger reconciles (default {@code reconcile.fluxcd.io/watch=Enabled});
 *     null or empty disables those watches
 * @param healthPollInterval health-check poll interval (5s)
 * @param stagePollInterval poll interval of the wait for CRDs/Namespaces/Classes (2s)
 * @param stageTimeout timeout of that wait (60s)
 * @param gcPollInterval poll interval of the wait for deleted Flux objects and Jobs (5s)
 * @param gcTimeout timeout of that wait (60s)
 * @param recreatePollInterval poll interval of the wait for an object deleted to be recreated (2s)
 * @param clock the clock for timestamps and durations
 * @param listener metrics hooks
 */
public record ReconcilerSettings(
    Duration requeueDependency,
    String defaultServiceAccount,
    int intervalJitterPercent,
    List<String> overrideManagers,
    String watchConfigsLabelSelector,
    Duration healthPollInterval,
    Duration stagePollInterval,
    Duration stageTimeout,
    Duration gcPollInterval,
    Duration gcTimeout,
    Duration recreatePollInterval,
    Clock clock,
    ReconcileListener listener) {

  /** The field manager of every apply and status patch. */
  public static final String FIELD_MANAGER = "flux-operator";

  public ReconcilerSettings {
    Objects.requireNonNull(requeueDependency);
    overrideManagers = overrideManagers == null ? List.of() : List.copyOf(overrideManagers);
    Objects.requireNonNull(healthPollInterval);
    Objects.requireNonNull(stagePollInterval);
    Objects.requireNonNull(stageTimeout);
    Objects.requireNonNull(gcPollInterval);
    Objects.requireNonNull(gcTimeout);
    Objects.requireNonNull(recreatePollInterval);
    clock = clock == null ? Clock.systemUTC() : clock;
    listener = listener == null ? ReconcileListener.NOOP : listener;
    if (defaultServiceAccount != null && defaultServiceAccount.isEmpty()) {
      defaultServiceAccount = null;
    }
  }

  /** The Flux Operator's defaults. */
  public static ReconcilerSettings defaults() {
    return new ReconcilerSettings(
        Duration.ofSeconds(5),
        null,
        5,
        List.of(),
        "reconcile.fluxcd.io/watch=Enabled",
        Duration.ofSeconds(5),
        Duration.ofSeconds(2),
        Duration.ofSeconds(60),
        Duration.ofSeconds(5),
        Duration.ofSeconds(60),
        Duration.ofSeconds(2),
        Clock.systemUTC(),
        ReconcileListener.NOOP);
  }

  public ReconcilerSettings withRequeueDependency(Duration d) {
    return new ReconcilerSettings(
        d,
        defaultServiceAccount,
        intervalJitterPercent,
        overrideManagers,
        watchConfigsLabelSelector,
        healthPollInterval,
        stagePollInterval,
        stageTimeout,
        gcPollInterval,
        gcTimeout,
        recreatePollInterval,
        clock,
        listener);
  }

  public ReconcilerSettings withDefaultServiceAccount(String sa) {
    return new ReconcilerSettings(
        requeueDependency,
        sa,
        intervalJitterPercent,
        overrideManagers,
        watchConfigsLabelSelector,
        healthPollInterval,
        stagePollInterval,
        stageTimeout,
        gcPollInterval,
        gcTimeout,
        recreatePollInterval,
        clock,
        listener);
  }

  public ReconcilerSettings withIntervalJitterPercent(int percent) {
    return new ReconcilerSettings(
        requeueDependency,
        defaultServiceAccount,
        percent,
        overrideManagers,
        watchConfigsLabelSelector,
        healthPollInterval,
        stagePollInterval,
        stageTimeout,
        gcPollInterval,
        gcTimeout,
        recreatePollInterval,
        clock,
        listener);
  }

  public ReconcilerSettings withOverrideManagers(List<String> managers) {
    return new ReconcilerSettings(
        requeueDependency,
        defaultServiceAccount,
        intervalJitterPercent,
        managers,
        watchConfigsLabelSelector,
        healthPollInterval,
        stagePollInterval,
        stageTimeout,
        gcPollInterval,
        gcTimeout,
        recreatePollInterval,
        clock,
        listener);
  }

  public ReconcilerSettings withWatchConfigsLabelSelector(String selector) {
    return new ReconcilerSettings(
        requeueDependency,
        defaultServiceAccount,
        intervalJitterPercent,
        overrideManagers,
        selector,
        healthPollInterval,
        stagePollInterval,
        stageTimeout,
        gcPollInterval,
        gcTimeout,
        recreatePollInterval,
        clock,
        listener);
  }

  /** Sets every fixed poll interval to {@code poll} and the stage/GC waits to {@code timeout}. */
  public ReconcilerSettings withPolling(Duration poll, Duration timeout) {
    return new ReconcilerSettings(
        requeueDependency,
        defaultServiceAccount,
        intervalJitterPercent,
        overrideManagers,
        watchConfigsLabelSelector,
        poll,
        poll,
        timeout,
        poll,
        timeout,
        poll,
        clock,
        listener);
  }

  public ReconcilerSettings withListener(ReconcileListener l) {
    return new ReconcilerSettings(
        requeueDependency,
        defaultServiceAccount,
        intervalJitterPercent,
        overrideManagers,
        watchConfigsLabelSelector,
        healthPollInterval,
        stagePollInterval,
        stageTimeout,
        gcPollInterval,
        gcTimeout,
        recreatePollInterval,
        clock,
        l);
  }

  public ReconcilerSettings withClock(Clock c) {
    return new ReconcilerSettings(
        requeueDependency,
        defaultServiceAccount,
        intervalJitterPercent,
        overrideManagers,
        watchConfigsLabelSelector,
        healthPollInterval,
        stagePollInterval,
        stageTimeout,
        gcPollInterval,
        gcTimeout,
        recreatePollInterval,
        c,
        listener);
  }
}
