package io.rset.cluster.live;

import io.rset.cluster.ClusterException;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ClusterObjects;
import io.rset.cluster.access.ObjectMaps;
import io.rset.core.graph.DependencyGraph;
import io.rset.core.graph.Edge;
import io.rset.core.graph.FluxDependencies;
import io.rset.core.graph.NodeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the live dependency graph: the ResourceSets, HelmReleases and Kustomizations of a
 * namespace (or all namespaces) are the nodes, with their Ready state; their {@code dependsOn}
 * entries the edges; every target outside that set is looked up in the cluster, so it shows as
 * Missing, Suspended, NotReady or Ready too.
 */
public final class LiveGraph {
  private static final List<FluxKind> KINDS =
      List.of(FluxKind.RESOURCE_SET, FluxKind.HELM_RELEASE, FluxKind.KUSTOMIZATION);

  private final ClusterObjects objects;

  public LiveGraph(ClusterObjects objects) {
    this.objects = objects;
  }

  /** The graph of namespace ({@code null}: all namespaces). */
  public DependencyGraph of(String namespace) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (FluxKind kind : KINDS) {
      try {
        all.addAll(objects.list(kind.context(), namespace, null));
      } catch (ClusterException e) {
        String where = namespace == null ? "all namespaces" : "namespace " + namespace;
        throw new ClusterException(
            "unable to list " + kind.kind() + " objects in " + where + ": " + e.getMessage(), e);
      }
    }
    DependencyGraph.Builder graph = DependencyGraph.builder();
    Map<NodeId, Map<String, Object>> listed = new HashMap<>();
    List<Edge> edges = new ArrayList<>();
    for (Map<String, Object> obj : all) {
      NodeId id = FluxDependencies.idOf(obj);
      listed.put(id, obj);
      graph.addNode(id, NodeStates.of(obj, true));
      for (Edge e : FluxDependencies.edgesOf(obj)) {
        graph.addEdge(e);
        edges.add(e);
      }
    }
    DependencyLookup lookup = new DependencyLookup(objects);
    for (Edge e : edges) {
      if (!listed.containsKey(e.dependency())) {
        String apiVersion = apiVersionOf(listed.get(e.dependent()), e);
        graph.addNode(e.dependency(), lookup.state(e.dependency(), apiVersion));
      }
    }
    return graph.build();
  }

  /** The apiVersion written in the dependsOn entry (ResourceSets), else the dependent's own. */
  private static String apiVersionOf(Map<String, Object> dependent, Edge e) {
    List<Object> entries = ObjectMaps.list(dependent, "spec", "dependsOn");
    if (e.index() < entries.size() && entries.get(e.index()) instanceof Map<?, ?> entry) {
      if (entry.get("apiVersion") instanceof String v && !v.isEmpty()) {
        return v;
      }
    }
    return dependent.get("apiVersion") instanceof String v ? v : "";
  }
}
