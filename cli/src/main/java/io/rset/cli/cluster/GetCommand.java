package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code rset get}: Show ResourceSets and ResourceSetInputProviders in a cluster. */
@Command(
    name = "get",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Show ResourceSets and ResourceSetInputProviders in a cluster.")
public final class GetCommand {}
