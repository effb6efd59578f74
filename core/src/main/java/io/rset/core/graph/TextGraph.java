package io.rset.core.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** {@link GraphFormat#TEXT}. */
final class TextGraph {
  private TextGraph() {}

  static String render(DependencyGraph g, GraphAnalysis a) {
    StringBuilder b = new StringBuilder();
    int edges = NodeLabels.distinct(g, e -> {}).size();
    b.append(g.nodes().size())
        .append(g.nodes().size() == 1 ? " node, " : " nodes, ")
        .append(edges)
        .append(edges == 1 ? " edge, " : " edges, ")
        .append(a.waves().size())
        .append(a.waves().size() == 1 ? " wave" : " waves")
        .append('\n');

    b.append("\nWaves (deploy order):\n");
    for (int w = 0; w < a.waves().size(); w++) {
      b.append("  wave ").append(w + 1).append(":\n");
      for (NodeId id : a.waves().get(w)) {
        b.append("    ").append(NodeLabels.text(g.node(id))).append('\n');
      }
    }
    if (a.waves().isEmpty()) {
      b.append("  none\n");
    }

    b.append("\nCritical path (")
        .append(a.criticalPath().size())
        .append(a.criticalPath().size() == 1 ? " node" : " nodes")
        .append("):\n");
    for (int i = 0; i < a.criticalPath().size(); i++) {
      b.append(i == 0 ? "    " : "  → ").append(a.criticalPath().get(i)).append('\n');
    }
    if (a.criticalPath().isEmpty()) {
      b.append("  none\n");
    }

    b.append("\nDependents (direct and indirect):\n");
    List<NodeId> withDependents = new ArrayList<>();
    for (GraphNode n : g.nodes()) {
      if (!a.dependents().get(n.id()).isEmpty()) {
        withDependents.add(n.id());
      }
    }
    withDependents.sort(
        Comparator.comparing((NodeId id) -> -a.transitiveDependents().get(id))
            .thenComparing(Comparator.naturalOrder()));
    for (NodeId id : withDependents) {
      List<NodeId> direct = a.dependents().get(id);
      b.append("  ")
          .append(id)
          .append(": ")
          .append(a.transitiveDependents().get(id))
          .append(" (direct: ")
          .append(direct.stream().map(NodeId::toString).collect(Collectors.joining(", ")))
          .append(")\n");
    }
    if (withDependents.isEmpty()) {
      b.append("  none\n");
    }

    list(b, "Roots (no dependencies)", g, a.roots());
    list(b, "Leaves (nothing depends on them)", g, a.leaves());

    b.append("\nCycles:\n");
    for (List<NodeId> cycle : a.cycles()) {
      b.append("  ")
          .append(cycle.stream().map(NodeId::toString).collect(Collectors.joining(" → ")))
          .append('\n');
    }
    if (a.cycles().isEmpty()) {
      b.append("  none\n");
    } else {
      list(b, "Blocked (in or behind a cycle, never ready)", g, a.blocked());
    }
    return b.toString();
  }

  private static void list(StringBuilder b, String title, DependencyGraph g, List<NodeId> ids) {
    b.append('\n').append(title).append(":\n");
    for (NodeId id : ids) {
      b.append("  ").append(NodeLabels.text(g.node(id))).append('\n');
    }
    if (ids.isEmpty()) {
      b.append("  none\n");
    }
  }
}
