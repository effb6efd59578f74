package io.rset.core.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code dependsOn} graph of a set of Flux objects: one node per HelmRelease, Kustomization and
 * ResourceSet, plus one per object their {@code dependsOn} entries name (marked undefined when that
 * object is not in the set). Immutable; nodes are kept in {@link NodeId} order and edges in input
 * order, so every analysis and rendering is deterministic.
 */
public final class DependencyGraph {
  private final Map<NodeId, GraphNode> nodes;
  private final List<Edge> edges;
  private final Map<NodeId, List<Edge>> dependencies;
  private final Map<NodeId, List<Edge>> dependents;

  private DependencyGraph(Map<NodeId, GraphNode> nodes, List<Edge> edges) {
    this.nodes = Collections.unmodifiableMap(nodes);
    this.edges = List.copyOf(edges);
    Map<NodeId, List<Edge>> out = new TreeMap<>();
    Map<NodeId, List<Edge>> in = new TreeMap<>();
    for (Edge e : edges) {
      out.computeIfAbsent(e.dependent(), k -> new ArrayList<>()).add(e);
      in.computeIfAbsent(e.dependency(), k -> new ArrayList<>()).add(e);
    }
    this.dependencies = out;
    this.dependents = in;
  }

  /**
   * The graph of {@code objects} (Kubernetes objects as plain maps): their HelmReleases,
   * Kustomizations and ResourceSets are the defined nodes, their {@code dependsOn} entries the
   * edges ({@link FluxDependencies}). A named object is defined when any object of the set has its
   * identity (e.g. a Namespace or CRD a ResourceSet waits for).
   */
  public static DependencyGraph of(Collection<? extends Map<String, Object>> objects) {
    Set<NodeId> all = new HashSet<>();
    Builder b = builder();
    for (Map<String, Object> o : objects) {
      NodeId id = FluxDependencies.idOf(o);
      all.add(id);
      if (FluxDependencies.isDependent(id)) {
        b.addNode(id, NodeState.UNKNOWN);
        FluxDependencies.edgesOf(o).forEach(b::addEdge);
      }
    }
    for (Edge e : b.edges) {
      if (all.contains(e.dependency())) {
        b.addNode(e.dependency(), NodeState.UNKNOWN);
      }
    }
    return b.build();
  }

  /** A builder for graphs not made from objects (the live graph of a cluster, tests). */
  public static Builder builder() {
    return new Builder();
  }

  /** Every node, in {@link NodeId} order. */
  public Collection<GraphNode> nodes() {
    return nodes.values();
  }

  /** The node with this id, or null. */
  public GraphNode node(NodeId id) {
    return nodes.get(id);
  }

  /** Every edge, in the order the objects and their {@code dependsOn} entries were given. */
  public List<Edge> edges() {
    return edges;
  }

  /** The {@code dependsOn} entries of {@code id}, in order. */
  public List<Edge> dependenciesOf(NodeId id) {
    return dependencies.getOrDefault(id, List.of());
  }

  /** The entries naming {@code id}. */
  public List<Edge> dependentsOf(NodeId id) {
    return dependents.getOrDefault(id, List.of());
  }

  /** A copy with the given ready states (nodes not in {@code states} keep theirs). */
  public DependencyGraph withStates(Map<NodeId, NodeState> states) {
    Map<NodeId, GraphNode> copy = new TreeMap<>(nodes);
    states.forEach(
        (id, s) -> copy.computeIfPresent(id, (k, n) -> new GraphNode(k, n.defined(), s)));
    return new DependencyGraph(copy, edges);
  }

  /** Waves, critical path, dependents, roots, leaves and cycles of this graph. */
  public GraphAnalysis analyze() {
    return GraphAnalyzer.analyze(this);
  }

  /** Collects nodes and edges; a dependency not added as a node becomes an undefined node. */
  public static final class Builder {
    private final Map<NodeId, GraphNode> nodes = new TreeMap<>();
    private final List<Edge> edges = new ArrayList<>();

    private Builder() {}

    /** Adds (or redefines) a defined node. */
    public Builder addNode(NodeId id, NodeState state) {
      nodes.put(id, new GraphNode(id, true, state));
      return this;
    }

    /** Adds an edge; its ends need not be nodes yet. */
    public Builder addEdge(Edge edge) {
      edges.add(edge);
      return this;
    }

    public DependencyGraph build() {
      Map<NodeId, GraphNode> all = new TreeMap<>(nodes);
      for (Edge e : edges) {
        all.putIfAbsent(e.dependent(), new GraphNode(e.dependent(), false, NodeState.UNKNOWN));
        all.putIfAbsent(e.dependency(), new GraphNode(e.dependency(), false, NodeState.UNKNOWN));
      }
      return new DependencyGraph(all, edges);
    }
  }
}
