package io.rset.platform.validate;

import io.rset.core.graph.Edge;
import io.rset.core.graph.FluxDependencies;
import io.rset.core.graph.GraphAnalysis;
import io.rset.core.graph.GraphNode;
import io.rset.core.graph.NodeId;
import io.rset.platform.build.PlatformObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@link Rule#UNKNOWN_DEPENDENCY} and {@link Rule#DEPENDENCY_CYCLE} over the build's dependency
 * graph ({@link io.rset.core.graph.DependencyGraph}).
 */
final class DependencyCheck implements Check {
  @Override
  public void run(ValidationContext ctx, List<Finding> out) {
    for (Edge e : ctx.graph().edges()) {
      GraphNode target = ctx.graph().node(e.dependency());
      if (target.defined() || !FluxDependencies.isDependent(e.dependency())) {
        continue;
      }
      PlatformObject dependent = ctx.object(e.dependent());
      if (dependent == null) {
        continue;
      }
      out.add(
          Finding.of(
              Rule.UNKNOWN_DEPENDENCY,
              where(ctx, dependent, e),
              ValidationContext.describe(dependent)
                  + " depends on "
                  + e.dependency()
                  + ", which is defined nowhere in the build",
              suggestion(ctx, e)));
    }

    GraphAnalysis analysis = ctx.graph().analyze();
    for (List<NodeId> cycle : analysis.cycles()) {
      PlatformObject first = ctx.object(cycle.get(0));
      if (first == null) {
        continue;
      }
      Edge closing =
          ctx.graph().dependenciesOf(cycle.get(0)).stream()
              .filter(e -> e.dependency().equals(cycle.get(1)))
              .findFirst()
              .orElseThrow();
      List<NodeId> blocked = new ArrayList<>(analysis.blocked());
      analysis.cycles().forEach(blocked::removeAll);
      out.add(
          Finding.of(
              Rule.DEPENDENCY_CYCLE,
              where(ctx, first, closing),
              "dependency cycle: "
                  + cycle.stream().map(NodeId::toString).collect(Collectors.joining(" → "))
                  + "; none of them will ever be reconciled"
                  + (blocked.isEmpty()
                      ? ""
                      : ", nor what depends on a cycle ("
                          + blocked.stream().map(NodeId::toString).collect(Collectors.joining(", "))
                          + ")"),
              "remove one dependsOn entry of the cycle"));
    }
  }

  /** The dependsOn entry: in the document, or in the input set that rendered the object. */
  private static Location where(ValidationContext ctx, PlatformObject o, Edge e) {
    if (o.origin() != null && o.origin().resourceSet() != null) {
      return ctx.inputItemLocation(o.origin(), "dependsOn", e.dependency().name());
    }
    return ctx.locate(o, "spec", "dependsOn", e.index());
  }

  /** "did you mean" from the defined nodes of the same kind, or the generic advice. */
  private static String suggestion(ValidationContext ctx, Edge e) {
    NodeId want = e.dependency();
    List<String> sameNamespace = new ArrayList<>();
    String otherNamespace = null;
    for (GraphNode n : ctx.graph().nodes()) {
      NodeId id = n.id();
      if (!n.defined() || !id.kind().equals(want.kind()) || !id.group().equals(want.group())) {
        continue;
      }
      if (id.namespace().equals(want.namespace())) {
        sameNamespace.add(id.name());
      } else if (id.name().equals(want.name()) && otherNamespace == null) {
        otherNamespace = id.namespace();
      }
    }
    if (otherNamespace != null) {
      return want.namespace().isEmpty()
          ? "add namespace: "
              + otherNamespace
              + " to the dependsOn entry (the Flux Operator does not default it)"
          : "did you mean namespace \"" + otherNamespace + "\"?";
    }
    String close = Suggestions.closest(want.name(), sameNamespace);
    if (close != null) {
      return "did you mean \"" + close + "\"?";
    }
    return "fix the name, or keep it if "
        + want
        + " is defined outside this directory (Flux waits for it forever otherwise)";
  }
}
