package io.rset.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;

/** The root command {@code rset}; it only groups subcommands. */
@Command(
    name = "rset",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Render and test Flux Operator ResourceSet templates and build ResourceSets.",
    subcommands = {TemplateCommand.class, io.rset.cli.build.BuildCommand.class})
public final class RsetCommand {
  private final InputStream stdin;

  /** Creates the root command reading standard input from stdin. */
  public RsetCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /** The stream subcommands read for {@code -}. */
  public InputStream stdin() {
    return stdin;
  }
}
