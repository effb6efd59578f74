package io.rset.core.graph;

import java.util.Set;

/** {@link GraphFormat#DOT}: nodes are quoted ids, labelled with their notes. */
final class DotGraph {
  private DotGraph() {}

  static String render(DependencyGraph g, GraphAnalysis a) {
    StringBuilder b = new StringBuilder("digraph dependencies {\n");
    b.append("  rankdir=LR;\n");
    b.append("  node [shape=box];\n");
    for (GraphNode n : g.nodes()) {
      b.append("  ").append(quote(n.id().toString()));
      StringBuilder attrs = new StringBuilder();
      String label = NodeLabels.text(n);
      if (!label.equals(n.id().toString())) {
        attrs.append("label=").append(quote(label));
      }
      if (!n.defined()) {
        attrs.append(attrs.isEmpty() ? "" : ", ").append("style=dashed");
      }
      String color = color(n.state());
      if (!color.isEmpty()) {
        attrs.append(attrs.isEmpty() ? "" : ", ").append("color=").append(color);
      }
      if (!attrs.isEmpty()) {
        b.append(" [").append(attrs).append(']');
      }
      b.append(";\n");
    }
    Set<String> onCycle = NodeLabels.cycleEdges(a);
    NodeLabels.distinct(
        g,
        e -> {
          b.append("  ")
              .append(quote(e.dependency().toString()))
              .append(" -> ")
              .append(quote(e.dependent().toString()));
          if (onCycle.contains(NodeLabels.key(e.dependent(), e.dependency()))) {
            b.append(" [color=red]");
          }
          b.append(";\n");
        });
    b.append("}\n");
    return b.toString();
  }

  private static String color(NodeState s) {
    return switch (s.readiness()) {
      case READY -> "green";
      case NOT_READY, MISSING -> "red";
      case PROGRESSING -> "orange";
      case SUSPENDED -> "gray";
      case UNKNOWN -> "";
    };
  }

  /** A DOT double-quoted string. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> {}
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
