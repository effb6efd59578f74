package io.rset.core.graph;

/**
 * The output formats of a dependency graph. In the drawings (mermaid, dot) an arrow {@code A → B}
 * means "A must be ready before B" (deploy order: the reverse of {@code dependsOn}); nodes not in
 * the input are dashed, cycle edges red. Waves are numbered from 1 in every format.
 */
public enum GraphFormat {
  /** A human-readable report: waves, critical path, dependents, roots, leaves, cycles. */
  TEXT {
    @Override
    public String render(DependencyGraph graph, GraphAnalysis analysis) {
      return TextGraph.render(graph, analysis);
    }
  },
  /** A Mermaid {@code flowchart LR}. */
  MERMAID {
    @Override
    public String render(DependencyGraph graph, GraphAnalysis analysis) {
      return MermaidGraph.render(graph, analysis);
    }
  },
  /** A Graphviz {@code digraph}. */
  DOT {
    @Override
    public String render(DependencyGraph graph, GraphAnalysis analysis) {
      return DotGraph.render(graph, analysis);
    }
  },
  /** One JSON object: nodes (with wave, dependencies, dependents), edges and the analysis. */
  JSON {
    @Override
    public String render(DependencyGraph graph, GraphAnalysis analysis) {
      return JsonGraph.render(graph, analysis);
    }
  };

  /** The rendering, ending in a newline. */
  public abstract String render(DependencyGraph graph, GraphAnalysis analysis);
}
