package io.rset.operator.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * How {@code rset operator} runs (its flags).
 *
 * @param watchNamespaces namespaces whose objects are reconciled; empty = all namespaces
 * @param concurrent reconcile workers (Flux's {@code --concurrent}, default 10)
 * @param requeueDependency retry interval of a failed dependency check (default 5s)
 * @param defaultServiceAccount service account impersonated when an object names none; null = the
 *     operator's own identity
 * @param leaderElection null = no leader election
 * @param metricsAddress where {@code /metrics} is served (default {@code :8080})
 * @param healthAddress where {@code /healthz} and {@code /readyz} are served (default {@code
 *     :8081})
 * @param overrideManagers {@code --override-manager}: field managers whose fields (Apply and
 *     Update, exact name) the operator takes over, besides Flux's fixed list (default none)
 * @param tuning jitter, config watch selector and retry delays
 */
public record OperatorSettings(
    Set<String> watchNamespaces,
    int concurrent,
    Duration requeueDependency,
    String defaultServiceAccount,
    LeaderElection leaderElection,
    ListenAddress metricsAddress,
    ListenAddress healthAddress,
    List<String> overrideManagers,
    Tuning tuning) {
  public static final int DEFAULT_CONCURRENT = 10;
  public static final Duration DEFAULT_REQUEUE_DEPENDENCY = Duration.ofSeconds(5);

  public OperatorSettings {
    watchNamespaces = Set.copyOf(watchNamespaces);
    overrideManagers = overrideManagers == null ? List.of() : List.copyOf(overrideManagers);
    tuning = tuning == null ? Tuning.DEFAULTS : tuning;
    if (concurrent < 1) {
      throw new IllegalArgumentException("--concurrent must be at least 1, got " + concurrent);
    }
    if (requeueDependency.isNegative() || requeueDependency.isZero()) {
      throw new IllegalArgumentException(
          "--requeue-dependency must be positive, got " + requeueDependency);
    }
  }

  /** Without override managers, with Flux's default {@link Tuning}. */
  public OperatorSettings(
      Set<String> watchNamespaces,
      int concurrent,
      Duration requeueDependency,
      String defaultServiceAccount,
      LeaderElection leaderElection,
      ListenAddress metricsAddress,
      ListenAddress healthAddress) {
    this(
        watchNamespaces,
        concurrent,
        requeueDependency,
        defaultServiceAccount,
        leaderElection,
        metricsAddress,
        healthAddress,
        List.of(),
        Tuning.DEFAULTS);
  }

  /** These settings with {@code --override-manager} names. */
  public OperatorSettings withOverrideManagers(List<String> managers) {
    return new OperatorSettings(
        watchNamespaces,
        concurrent,
        requeueDependency,
        defaultServiceAccount,
        leaderElection,
        metricsAddress,
        healthAddress,
        managers,
        tuning);
  }

  /** These settings with other timing and watch flags. */
  public OperatorSettings withTuning(Tuning t) {
    return new OperatorSettings(
        watchNamespaces,
        concurrent,
        requeueDependency,
        defaultServiceAccount,
        leaderElection,
        metricsAddress,
        healthAddress,
        overrideManagers,
        t);
  }

  /**
   * The defaults of every flag: all namespaces, no leader election, {@code :8080}/{@code :8081}.
   */
  public static OperatorSettings defaults() {
    return new OperatorSettings(
        Set.of(),
        DEFAULT_CONCURRENT,
        DEFAULT_REQUEUE_DEPENDENCY,
        null,
        null,
        ListenAddress.parse(":8080"),
        ListenAddress.parse(":8081"));
  }
}
