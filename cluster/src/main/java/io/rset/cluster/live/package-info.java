/**
 * {@code graph --live}: the {@code dependsOn} graph of the ResourceSets, HelmReleases and
 * Kustomizations in a cluster, each node with its Ready state, and which failures block what.
 */
package io.rset.cluster.live;
