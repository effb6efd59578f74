package io.rset.cli;

import picocli.CommandLine.Command;

/** {@code rset template}: groups the template subcommands. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Work with ResourceSet templates (Go text/template with << >> delimiters).")
public final class TemplateCommand {}
