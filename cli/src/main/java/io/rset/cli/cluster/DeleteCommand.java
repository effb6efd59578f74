package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code rset delete}: Delete a ResourceSet. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Delete a ResourceSet.")
public final class DeleteCommand {}
