package io.rset.core.graph;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Shared wording of the renderers. */
final class NodeLabels {
  private NodeLabels() {}

  /** The note shown after a node that is only referenced. */
  static final String UNDEFINED = "not in build";

  /** The state as a word, empty when unknown. */
  static String state(NodeState s) {
    return switch (s.readiness()) {
      case UNKNOWN -> "";
      case READY -> "Ready";
      case NOT_READY -> "NotReady";
      case PROGRESSING -> "Progressing";
      case SUSPENDED -> "Suspended";
      case MISSING -> "Missing";
    };
  }

  /** The id followed by its notes: {@code (not in build)}, {@code [NotReady: message]}. */
  static String text(GraphNode n) {
    StringBuilder b = new StringBuilder(n.id().toString());
    if (!n.defined()) {
      b.append(" (").append(UNDEFINED).append(')');
    }
    String state = state(n.state());
    if (!state.isEmpty()) {
      b.append(" [").append(state);
      if (!n.state().message().isEmpty()) {
        b.append(": ").append(n.state().message().lines().findFirst().orElse(""));
      }
      b.append(']');
    }
    return b.toString();
  }

  /** The (dependent, dependency) pairs that lie on a reported cycle, as "dependent\0dependency". */
  static Set<String> cycleEdges(GraphAnalysis a) {
    Set<String> out = new HashSet<>();
    for (List<NodeId> cycle : a.cycles()) {
      for (int i = 0; i + 1 < cycle.size(); i++) {
        out.add(key(cycle.get(i), cycle.get(i + 1)));
      }
    }
    return out;
  }

  static String key(NodeId dependent, NodeId dependency) {
    return dependent + "\0" + dependency;
  }

  /** The graph's edges with duplicates (same dependent and dependency) removed, in order. */
  static Set<String> distinct(DependencyGraph g, java.util.function.Consumer<Edge> sink) {
    Set<String> seen = new LinkedHashSet<>();
    for (Edge e : g.edges()) {
      if (seen.add(key(e.dependent(), e.dependency()))) {
        sink.accept(e);
      }
    }
    return seen;
  }
}
