package io.rset.core.graph;

import java.util.List;
import java.util.Map;

/**
 * What a {@link DependencyGraph} says about deploy order. Every list is in {@link NodeId} order
 * unless it is a path.
 *
 * @param waves deploy waves (topological levels): wave 0 holds the nodes without dependencies, wave
 *     k the nodes whose deepest dependency is in wave k-1. Nodes in or behind a cycle are in none.
 * @param waveOf each placed node's wave index
 * @param criticalPath the longest dependency chain, in deploy order (first to be ready first);
 *     empty for an empty graph. Ties go to the chain ending at the smallest node, then to the
 *     smallest dependency at each step.
 * @param dependents each node's direct dependents (nodes whose {@code dependsOn} names it)
 * @param transitiveDependents each node's number of direct and indirect dependents (its blast
 *     radius; a node in a cycle does not count itself)
 * @param roots nodes without dependencies (deployed first)
 * @param leaves nodes nothing depends on
 * @param cycles one closed path per strongly connected component that has a cycle, from its
 *     smallest node back to it (e.g. {@code [a, b, a]}); a self-dependency is {@code [a, a]}
 * @param blocked nodes that can never become ready: in a cycle or depending on one
 */
public record GraphAnalysis(
    List<List<NodeId>> waves,
    Map<NodeId, Integer> waveOf,
    List<NodeId> criticalPath,
    Map<NodeId, List<NodeId>> dependents,
    Map<NodeId, Integer> transitiveDependents,
    List<NodeId> roots,
    List<NodeId> leaves,
    List<List<NodeId>> cycles,
    List<NodeId> blocked) {}
