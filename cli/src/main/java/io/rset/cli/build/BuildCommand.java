package io.rset.cli.build;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code rset build}: groups the build subcommands. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Build resources offline, as the Flux Operator CLI does.")
public final class BuildCommand {}
