package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/**
 * {@code rset graph}: Show the dependency graph of the objects in a cluster with their Ready state.
 */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Show the dependency graph of the objects in a cluster with their Ready state.")
public final class LiveGraphCommand {}
