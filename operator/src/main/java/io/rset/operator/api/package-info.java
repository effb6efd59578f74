/**
 * The custom resources of the operator: {@link io.rset.operator.api.ResourceSet} and {@link
 * io.rset.operator.api.ResourceSetInputProvider} ({@code fluxcd.controlplane.io/v1}), with
 * free-form specs that {@link io.rset.operator.api.Manifests} converts to core's model with the
 * reader the CLI uses. The CRDs are on the classpath at {@code
 * META-INF/fabric8/resourcesets.fluxcd.controlplane.io-v1.yml} and {@code
 * META-INF/fabric8/resourcesetinputproviders.fluxcd.controlplane.io-v1.yml} (identical copies in
 * {@code deploy/crds/}); {@link io.rset.operator.api.Crds} loads them.
 */
package io.rset.operator.api;
