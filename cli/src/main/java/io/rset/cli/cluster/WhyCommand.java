package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code rset why}: Explain why a HelmRelease, Kustomization or ResourceSet is not ready. */
@Command(
    name = "why",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Explain why a HelmRelease, Kustomization or ResourceSet is not ready.")
public final class WhyCommand {}
