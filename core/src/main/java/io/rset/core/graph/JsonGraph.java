package io.rset.core.graph;

import io.rset.core.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link GraphFormat#JSON}: {@code {nodes, edges, waves, criticalPath, roots, leaves, cycles,
 * blocked}}, nodes as {@code Kind/namespace/name} strings in every list; keys in byte order.
 */
final class JsonGraph {
  private JsonGraph() {}

  static String render(DependencyGraph g, GraphAnalysis a) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Object> nodes = new ArrayList<>();
    for (GraphNode n : g.nodes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", n.id().toString());
      m.put("group", n.id().group());
      m.put("kind", n.id().kind());
      m.put("namespace", n.id().namespace());
      m.put("name", n.id().name());
      m.put("defined", n.defined());
      Integer wave = a.waveOf().get(n.id());
      m.put("wave", wave == null ? null : (long) wave + 1);
      List<Object> deps = new ArrayList<>();
      for (Edge e : g.dependenciesOf(n.id())) {
        if (!deps.contains(e.dependency().toString())) {
          deps.add(e.dependency().toString());
        }
      }
      m.put("dependsOn", deps);
      m.put("dependents", ids(a.dependents().get(n.id())));
      m.put("transitiveDependents", (long) a.transitiveDependents().get(n.id()));
      if (n.state().readiness() != Readiness.UNKNOWN) {
        m.put("ready", NodeLabels.state(n.state()));
        m.put("message", n.state().message());
      }
      nodes.add(m);
    }
    root.put("nodes", nodes);
    List<Object> edges = new ArrayList<>();
    for (Edge e : g.edges()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("dependent", e.dependent().toString());
      m.put("dependency", e.dependency().toString());
      m.put("index", (long) e.index());
      m.put("ready", e.ready());
      if (!e.readyExpr().isEmpty()) {
        m.put("readyExpr", e.readyExpr());
      }
      edges.add(m);
    }
    root.put("edges", edges);
    List<Object> waves = new ArrayList<>();
    a.waves().forEach(w -> waves.add(ids(w)));
    root.put("waves", waves);
    root.put("criticalPath", ids(a.criticalPath()));
    root.put("roots", ids(a.roots()));
    root.put("leaves", ids(a.leaves()));
    List<Object> cycles = new ArrayList<>();
    a.cycles().forEach(c -> cycles.add(ids(c)));
    root.put("cycles", cycles);
    root.put("blocked", ids(a.blocked()));
    return YamlWriter.toRawJson(root) + "\n";
  }

  private static List<Object> ids(List<NodeId> ids) {
    List<Object> out = new ArrayList<>(ids.size());
    ids.forEach(id -> out.add(id.toString()));
    return out;
  }
}
