package io.rset.operator.runtime;

import java.time.Duration;

/**
 * Leader election through a {@code coordination.k8s.io/v1} Lease: only the holder reconciles.
 *
 * @param leaseName the Lease's name
 * @param leaseNamespace its namespace; null = the namespace of the client's configuration (the
 *     pod's namespace in a cluster)
 * @param identity this replica's holder identity; null = {@code $HOSTNAME}, else a random UUID
 * @param leaseDuration how long a non-renewed lease blocks the other replicas
 * @param renewDeadline how long the leader retries renewing before it gives up leading
 * @param retryPeriod the interval between attempts to acquire or renew
 * @param exitOnStopLeading stop the process when leadership is lost (true outside tests, so two
 *     replicas never reconcile at once)
 */
public record LeaderElection(
    String leaseName,
    String leaseNamespace,
    String identity,
    Duration leaseDuration,
    Duration renewDeadline,
    Duration retryPeriod,
    boolean exitOnStopLeading) {
  /** The Lease name used when none is given. */
  public static final String DEFAULT_LEASE_NAME = "rset-operator-leader-election";

  /** controller-runtime's timings as Flux sets them: 35s lease, 30s renew deadline, 5s retry. */
  public static LeaderElection withDefaults(String leaseName, String leaseNamespace) {
    return new LeaderElection(
        leaseName == null ? DEFAULT_LEASE_NAME : leaseName,
        leaseNamespace,
        null,
        Duration.ofSeconds(35),
        Duration.ofSeconds(30),
        Duration.ofSeconds(5),
        true);
  }
}
