package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code rset resume}: Resume the reconciliation of a ResourceSet. */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Resume the reconciliation of a ResourceSet.")
public final class ResumeCommand {}
