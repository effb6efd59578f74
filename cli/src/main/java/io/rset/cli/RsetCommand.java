package io.rset.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;

/** The root command {@code rset}; it only groups subcommands. */
@Command(
    name = "rset",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Build, validate and operate Flux Operator ResourceSet platforms.",
    subcommands = {
      TemplateCommand.class,
      io.rset.cli.build.BuildCommand.class,
      io.rset.cli.platform.PlatformCommand.class,
      io.rset.cli.cluster.GetCommand.class,
      io.rset.cli.cluster.TreeCommand.class,
      io.rset.cli.cluster.ReconcileCommand.class,
      io.rset.cli.cluster.SuspendCommand.class,
      io.rset.cli.cluster.ResumeCommand.class,
      io.rset.cli.cluster.WaitCommand.class,
      io.rset.cli.cluster.DeleteCommand.class,
      io.rset.cli.cluster.WhyCommand.class,
      io.rset.cli.cluster.LiveGraphCommand.class,
      io.rset.cli.operator.OperatorCommand.class,
      io.rset.cli.operator.InstallCommand.class
    })
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
