package io.rset.core.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link GraphFormat#MERMAID}: nodes {@code n0…} in node order, edges in input order. */
final class MermaidGraph {
  private MermaidGraph() {}

  static String render(DependencyGraph g, GraphAnalysis a) {
    StringBuilder b = new StringBuilder("flowchart LR\n");
    Map<NodeId, String> names = new HashMap<>();
    for (GraphNode n : g.nodes()) {
      String name = "n" + names.size();
      names.put(n.id(), name);
      b.append("  ").append(name).append("[\"").append(escape(NodeLabels.text(n))).append("\"]");
      String cls = cssClass(n);
      if (!cls.isEmpty()) {
        b.append(":::").append(cls);
      }
      b.append('\n');
    }
    Set<String> onCycle = NodeLabels.cycleEdges(a);
    List<Integer> red = new ArrayList<>();
    int[] count = {0};
    NodeLabels.distinct(
        g,
        e -> {
          b.append("  ")
              .append(names.get(e.dependency()))
              .append(" --> ")
              .append(names.get(e.dependent()))
              .append('\n');
          if (onCycle.contains(NodeLabels.key(e.dependent(), e.dependency()))) {
            red.add(count[0]);
          }
          count[0]++;
        });
    b.append("  classDef external stroke-dasharray: 5 5\n");
    b.append("  classDef ready fill:#d4edda,stroke:#28a745\n");
    b.append("  classDef notready fill:#f8d7da,stroke:#dc3545\n");
    b.append("  classDef progressing fill:#fff3cd,stroke:#ffc107\n");
    b.append("  classDef suspended fill:#e2e3e5,stroke:#6c757d\n");
    if (!red.isEmpty()) {
      b.append("  linkStyle ");
      for (int i = 0; i < red.size(); i++) {
        b.append(i == 0 ? "" : ",").append(red.get(i));
      }
      b.append(" stroke:#dc3545,stroke-width:2px\n");
    }
    return b.toString();
  }

  private static String cssClass(GraphNode n) {
    return switch (n.state().readiness()) {
      case READY -> "ready";
      case NOT_READY, MISSING -> "notready";
      case PROGRESSING -> "progressing";
      case SUSPENDED -> "suspended";
      case UNKNOWN -> n.defined() ? "" : "external";
    };
  }

  /** Mermaid entity codes for the characters that end or break a quoted label. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("#quot;");
        case '#' -> b.append("#35;");
        case '<' -> b.append("#lt;");
        case '>' -> b.append("#gt;");
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
