/**
 * The ResourceSet controller (spec §4), built on JOSDK 5.2.3 and fabric8 7.5.2 and the core builder
 * the CLI uses.
 *
 * <h2>Entry point</h2>
 *
 * <pre>{@code
 * ReconcilerSettings settings = ReconcilerSettings.defaults()
 *     .withRequeueDependency(Duration.ofSeconds(5))     // --requeue-dependency
 *     .withDefaultServiceAccount(null)                  // --default-service-account
 *     .withIntervalJitterPercent(5)                     // --interval-jitter-percentage
 *     .withOverrideManagers(List.of())                  // --override-manager
 *     .withListener(metricsHooks);                      // ReconcileListener (metrics)
 * operator.register(new ResourceSetReconciler(client, settings), o -> o.withRetry(retry));
 * }</pre>
 *
 * <p>The reconciler declares its JOSDK configuration by annotation: name {@value
 * io.rset.operator.resourceset.ResourceSetReconciler#NAME}, finalizer {@value
 * io.rset.operator.resourceset.ResourceSetReconciler#FINALIZER}, field manager {@code
 * flux-operator}, and the event filter {@link io.rset.operator.resourceset.ResourceSetEventFilter}
 * (generation, annotations, deletion and finalizer changes). It adds event sources for
 * ResourceSetInputProviders (mapped to the ResourceSets that reference them by name or selector, on
 * create, delete and changes of {@code status.lastExportedRevision}) and, when {@link
 * io.rset.operator.resourceset.ReconcilerSettings#watchConfigsLabelSelector()} is set, for the
 * ConfigMaps and Secrets carrying that label (mapped through copyFrom, convertKubeConfigFrom and
 * {@code status.externalChecksumRefs}). Failed reconciles throw, so the runtime's retry (Flux uses
 * exponential backoff 750ms…15m) applies; successful ones requeue after {@code reconcileEvery} with
 * jitter.
 *
 * <h2>Reconcile steps</h2>
 *
 * {@link io.rset.operator.resourceset.ReconcileRun}: conditions initialised on first sight → {@code
 * reconcile: disabled} → readyExpr parsing ({@link io.rset.operator.resourceset.ReadyExpression},
 * cel-java) → dependencies ({@link io.rset.operator.resourceset.DependencyChecker}) → progress
 * status → spec validation → inputs ({@link io.rset.operator.resourceset.InputsResolver}) → build
 * (core {@code ResourceSetBuilder}) → owner labels, commonMetadata,
 * copyFrom/convertKubeConfigFrom/checksumFrom ({@link
 * io.rset.operator.resourceset.ClusterObjectLookup}) → per step: failed-Job recreation, staged
 * server-side apply with metadata cleanup ({@link
 * io.rset.operator.resourceset.ManagedFieldsTransfer}) and dry-run drift detection ({@link
 * io.rset.operator.resourceset.Applier}), inventory, health check of non-final steps ({@link
 * io.rset.operator.resourceset.HealthChecker}, {@link io.rset.operator.resourceset.KStatus}) →
 * garbage collection ({@link io.rset.operator.resourceset.GarbageCollector}) → final health check
 * when {@code wait} → status (conditions, inventory, history), events, requeue. Deletion uninstalls
 * the inventory ({@link io.rset.operator.resourceset.ResourceSetReconciler#cleanup}).
 *
 * <h2>Not implemented (see the report)</h2>
 *
 * The typed-scheme round trip of §3.9.6 (Go's typed structs drop unknown fields and add zero-value
 * structs such as {@code resources: {}}; rset does the rest of §3.9.6: Secret {@code stringData},
 * {@code protocol: TCP} on ports, {@code creationTimestamp: null}, {@code status} removal), so
 * {@code lastAppliedRevision} can differ from Go's for workload kinds, which the spec tolerates.
 */
package io.rset.operator.resourceset;
