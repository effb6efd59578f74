package io.rset.cli.platform;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code rset platform add}: Add a Helm release to a platform directory in one command. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Add a Helm release to a platform directory in one command.")
public final class PlatformAddCommand {}
