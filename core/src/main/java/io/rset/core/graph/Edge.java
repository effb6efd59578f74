package io.rset.core.graph;

/**
 * One {@code dependsOn} entry: {@code dependent} waits for {@code dependency}.
 *
 * @param dependent the object whose {@code spec.dependsOn} holds the entry
 * @param dependency the object it names
 * @param index the entry's index in {@code spec.dependsOn}
 * @param ready whether readiness (not only existence) is awaited: always true for HelmRelease and
 *     Kustomization dependencies, the entry's {@code ready} field for ResourceSets
 * @param readyExpr the entry's CEL {@code readyExpr}, empty when none
 */
public record Edge(
    NodeId dependent, NodeId dependency, int index, boolean ready, String readyExpr) {
  public Edge {
    readyExpr = readyExpr == null ? "" : readyExpr;
  }
}
