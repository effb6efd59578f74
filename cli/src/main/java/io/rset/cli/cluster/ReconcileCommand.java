package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/**
 * {@code rset reconcile}: Trigger a reconciliation of a ResourceSet, HelmRelease or Kustomization.
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Trigger a reconciliation of a ResourceSet, HelmRelease or Kustomization.")
public final class ReconcileCommand {}
