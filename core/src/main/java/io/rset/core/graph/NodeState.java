package io.rset.core.graph;

/**
 * What is known about a node's health.
 *
 * @param readiness the ready state
 * @param message the Ready condition's message (or why the state is what it is), empty when none
 */
public record NodeState(Readiness readiness, String message) {
  /** The state of every node of an offline graph. */
  public static final NodeState UNKNOWN = new NodeState(Readiness.UNKNOWN, "");

  public NodeState {
    readiness = readiness == null ? Readiness.UNKNOWN : readiness;
    message = message == null ? "" : message;
  }
}
