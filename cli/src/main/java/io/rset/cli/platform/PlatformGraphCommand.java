package io.rset.cli.platform;

import io.rset.cli.CliException;
import io.rset.cli.VersionProvider;
import io.rset.core.graph.DependencyGraph;
import io.rset.core.graph.GraphAnalysis;
import io.rset.core.graph.GraphFormat;
import io.rset.platform.build.PlatformBuild;
import io.rset.platform.build.PlatformBuildOptions;
import io.rset.platform.build.PlatformBuildResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rset platform graph}: Show the dependency graph of a platform directory. Builds it (as
 * {@code rset platform build --recursive}, leniently), makes the {@link DependencyGraph} of its
 * HelmReleases, Kustomizations and ResourceSets and prints it.
 */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Show the dependency graph of a platform directory.",
      "The dependsOn graph of its HelmReleases, Kustomizations and ResourceSets (after the"
          + " build, ResourceSets expanded, Kustomizations followed): deploy waves, the critical"
          + " path, dependents per node, roots and leaves. Cycles are reported, and the nodes in"
          + " or behind them listed as blocked. In mermaid and dot an arrow A -> B means A must"
          + " be ready before B; nodes not defined in the build are dashed.",
      "Exit code 0 (also with cycles: use 'rset platform validate' to fail on them), 1 when DIR"
          + " cannot be read."
    })
public final class PlatformGraphCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    mermaid,
    dot,
    json
  }

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The platform directory.")
  private Path dir;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default), mermaid, dot or json.")
  private Format output;

  @Option(
      names = "--vars",
      paramLabel = "FILE",
      description =
          "Env file of substitution variables; repeatable, later files win (default: the *.env"
              + " files of DIR).")
  private List<Path> vars;

  @Option(
      names = "--inputs-from-provider",
      paramLabel = "FILE",
      description =
          "ResourceSetInputProvider manifests for spec.inputsFrom; repeatable (default:"
              + " DIR/.static-provider.yaml).")
  private List<Path> providers;

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir)) {
      throw new CliException(dir + ": not a directory");
    }
    PlatformBuildResult result =
        PlatformBuild.run(new PlatformBuildOptions(dir, vars, providers, false, true, true));
    DependencyGraph graph = DependencyGraph.of(result.plainObjects());
    GraphAnalysis analysis = graph.analyze();
    PrintWriter out = spec.commandLine().getOut();
    out.print(GraphFormat.valueOf(output.name().toUpperCase(Locale.ROOT)).render(graph, analysis));
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    if (!result.problems().isEmpty()) {
      err.println(
          "⚠ the build reported "
              + result.problems().size()
              + (result.problems().size() == 1 ? " problem" : " problems")
              + "; the graph may be incomplete (rset platform validate "
              + dir
              + " lists them)");
    }
    if (!analysis.cycles().isEmpty()) {
      err.println(
          "⚠ "
              + analysis.cycles().size()
              + (analysis.cycles().size() == 1 ? " dependency cycle" : " dependency cycles")
              + ": "
              + analysis.blocked().size()
              + " nodes can never become ready");
    }
    err.flush();
    return 0;
  }
}
