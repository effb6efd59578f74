/**
 * {@code tree} (§6.4): a ResourceSet's inventory as a tree, expanding the Flux Kustomizations and
 * HelmReleases in it.
 */
package io.rset.cluster.tree;
