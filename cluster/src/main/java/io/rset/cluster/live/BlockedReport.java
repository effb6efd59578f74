package io.rset.cluster.live;

import io.rset.core.graph.DependencyGraph;
import io.rset.core.graph.Edge;
import io.rset.core.graph.GraphAnalysis;
import io.rset.core.graph.GraphNode;
import io.rset.core.graph.NodeId;
import io.rset.core.graph.Readiness;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The section the live text graph adds: each node that is not ready for a reason of its own (none
 * of its dependencies is failing) and everything that waits on it, directly or not — the blocked
 * subtree.
 *
 * <pre>
 * Not ready (and what waits for them):
 *   Kustomization/flux-system/infra [NotReady: kustomize build failed: …]
 *     blocks 2: HelmRelease/apps/podinfo, Kustomization/flux-system/apps
 * </pre>
 */
public final class BlockedReport {
  private BlockedReport() {}

  /** The section text, starting with an empty line. */
  public static String render(DependencyGraph graph, GraphAnalysis analysis) {
    StringBuilder b = new StringBuilder("\nNot ready (and what waits for them):\n");
    int shown = 0;
    for (GraphNode n : graph.nodes()) {
      if (!failing(n) || hasFailingDependency(graph, n.id())) {
        continue;
      }
      shown++;
      b.append("  ").append(label(n)).append('\n');
      Set<NodeId> blocked = blocked(analysis, n.id());
      if (!blocked.isEmpty()) {
        b.append("    blocks ")
            .append(blocked.size())
            .append(": ")
            .append(blocked.stream().map(NodeId::toString).collect(Collectors.joining(", ")))
            .append('\n');
      }
    }
    if (shown == 0) {
      b.append("  none\n");
    }
    return b.toString();
  }

  private static boolean failing(GraphNode n) {
    Readiness r = n.state().readiness();
    return r == Readiness.NOT_READY
        || r == Readiness.MISSING
        || r == Readiness.SUSPENDED
        || r == Readiness.PROGRESSING;
  }

  private static boolean hasFailingDependency(DependencyGraph graph, NodeId id) {
    for (Edge e : graph.dependenciesOf(id)) {
      GraphNode dep = graph.node(e.dependency());
      if (dep != null && !dep.id().equals(id) && failing(dep)) {
        return true;
      }
    }
    return false;
  }

  private static Set<NodeId> blocked(GraphAnalysis analysis, NodeId root) {
    Set<NodeId> seen = new TreeSet<>();
    Deque<NodeId> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      for (NodeId d : analysis.dependents().getOrDefault(todo.pop(), List.of())) {
        if (!d.equals(root) && seen.add(d)) {
          todo.push(d);
        }
      }
    }
    return seen;
  }

  private static String label(GraphNode n) {
    String state =
        switch (n.state().readiness()) {
          case NOT_READY -> "NotReady";
          case MISSING -> "Missing";
          case SUSPENDED -> "Suspended";
          default -> "Progressing";
        };
    String message = n.state().message().lines().findFirst().orElse("");
    return n.id() + " [" + state + (message.isEmpty() ? "" : ": " + message) + "]";
  }
}
