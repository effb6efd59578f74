package io.rset.core.graph;

/**
 * The ready state of a node. Offline graphs leave every node {@link #UNKNOWN}; the live graph of a
 * cluster fills it from the object's {@code Ready} condition.
 */
public enum Readiness {
  /** Not known (offline, or the object has no Ready condition yet). */
  UNKNOWN,
  /** {@code Ready=True}. */
  READY,
  /** {@code Ready=False}. */
  NOT_READY,
  /** Reconciling: {@code Ready=Unknown} or a newer generation not yet observed. */
  PROGRESSING,
  /** {@code spec.suspend: true} or reconciliation disabled. */
  SUSPENDED,
  /** The object does not exist in the cluster. */
  MISSING
}
