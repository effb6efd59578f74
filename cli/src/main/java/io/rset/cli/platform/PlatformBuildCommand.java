package io.rset.cli.platform;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/**
 * {@code rset platform build}: Build a platform directory: kustomize, expand ResourceSets,
 * substitute variables.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Build a platform directory: kustomize, expand ResourceSets, substitute variables.")
public final class PlatformBuildCommand {}
