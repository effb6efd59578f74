package io.rset.cli.operator;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code rset install}: Print or apply the operator's CRDs, RBAC and Deployment. */
@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print or apply the operator's CRDs, RBAC and Deployment.")
public final class InstallCommand {}
