/**
 * {@code rset platform build}: kustomize, post-build substitution and ResourceSet expansion of a
 * whole platform directory, recursively through Flux Kustomizations.
 */
package io.rset.platform.build;
