/**
 * The dependency graph of Flux objects (HelmReleases, Kustomizations, ResourceSets): waves,
 * critical path, cycles.
 */
package io.rset.core.graph;
