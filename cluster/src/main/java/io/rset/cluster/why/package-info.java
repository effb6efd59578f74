/**
 * {@code rset why}: explains why a HelmRelease, Kustomization or ResourceSet is not ready by
 * walking its dependencies, sources and inventory to the object that actually fails, and
 * translating the Flux controllers' messages into a cause and a fix.
 *
 * <p>{@link io.rset.cluster.why.WhyAnalyser} is pure: it reads the cluster only through {@link
 * io.rset.cluster.why.ClusterView}; {@link io.rset.cluster.why.FabricClusterView} is the view on a
 * live cluster.
 */
package io.rset.cluster.why;
