package io.rset.cli.platform;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code rset platform graph}: Show the dependency graph of a platform directory. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Show the dependency graph of a platform directory.")
public final class PlatformGraphCommand {}
