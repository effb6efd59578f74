package io.rset.cli.platform;

import io.rset.cli.VersionProvider;
import picocli.CommandLine.Command;

/**
 * {@code rset platform validate}: Check a platform directory for the mistakes Flux only reports
 * after a push.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Check a platform directory for the mistakes Flux only reports after a push.")
public final class PlatformValidateCommand {}
