package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code rset suspend}: Suspend the reconciliation of a ResourceSet. */
@Command(
    name = "suspend",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Suspend the reconciliation of a ResourceSet.")
public final class SuspendCommand {}
