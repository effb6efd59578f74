package io.rset.core.graph;

/**
 * A node of the dependency graph.
 *
 * @param id the object's identity
 * @param defined true when the object is part of the graph's input (built or listed), false when it
 *     is only named by a {@code dependsOn} entry
 * @param state its ready state ({@link NodeState#UNKNOWN} offline)
 */
public record GraphNode(NodeId id, boolean defined, NodeState state) {
  public GraphNode {
    state = state == null ? NodeState.UNKNOWN : state;
  }
}
