package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code rset wait}: Wait for a ResourceSet to become ready. */
@Command(
    name = "wait",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Wait for a ResourceSet to become ready.")
public final class WaitCommand {}
