package io.rset.cli.platform;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code rset platform}: Build, validate, add to and graph a platform directory offline. */
@Command(
    name = "platform",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Build, validate, add to and graph a platform directory offline.")
public final class PlatformCommand {}
