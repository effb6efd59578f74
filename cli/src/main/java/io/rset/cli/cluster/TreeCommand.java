package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code rset tree}: Print the inventory tree of a ResourceSet. */
@Command(
    name = "tree",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print the inventory tree of a ResourceSet.")
public final class TreeCommand {}
