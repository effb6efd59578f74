package io.rset.cli.operator;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code rset operator}: Run the ResourceSet operator against a cluster. */
@Command(
    name = "operator",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Run the ResourceSet operator against a cluster.")
public final class OperatorCommand {}
