package io.rset.cli.platform;

import io.rset.cli.CliException;
import io.rset.cli.VersionProvider;
import io.rset.platform.build.BuildPrinter;
import io.rset.platform.build.BuildProblem;
import io.rset.platform.build.OutputDirectory;
import io.rset.platform.build.PlatformBuild;
import io.rset.platform.build.PlatformBuildOptions;
import io.rset.platform.build.PlatformBuildResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rset platform build}: Build a platform directory: kustomize, expand ResourceSets,
 * substitute variables. Only turns flags into {@link PlatformBuildOptions}, runs {@link
 * PlatformBuild} and prints.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Build a platform directory: kustomize, expand ResourceSets, substitute variables.",
      "Prints the objects as Flux applies them: the kustomize build of DIR, every",
      "object substituted (Flux post-build substitution), every ResourceSet expanded.",
      "Without --vars the *.env files in DIR hold the variables; without",
      "--inputs-from-provider DIR/.static-provider.yaml is used when it exists."
    })
public final class PlatformBuildCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    yaml,
    json
  }

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The platform directory.")
  private Path dir;

  @Option(
      names = "--vars",
      paramLabel = "FILE",
      description = "Env file of substitution variables; repeatable, later files win.")
  private List<Path> vars;

  @Option(
      names = "--inputs-from-provider",
      paramLabel = "FILE",
      description = "ResourceSetInputProvider manifests for spec.inputsFrom; repeatable.")
  private List<Path> providers;

  @Option(
      names = "--strict",
      description = "An undefined $${var} without a default is an error (Flux's default).")
  private boolean strict;

  @Option(
      names = "--recursive",
      description = "Also build the Flux Kustomizations whose spec.path is in the repository.")
  private boolean recursive;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      description = "yaml (default: one document per object) or json (one array).")
  private Format output;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write one file per object (<kind>-<namespace>-<name>.yaml) into DIR.")
  private Path out;

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir)) {
      throw new CliException(dir + ": not a directory");
    }
    PlatformBuildResult result =
        PlatformBuild.run(new PlatformBuildOptions(dir, vars, providers, strict, recursive, true));
    if (!result.problems().isEmpty()) {
      throw new CliException(
          result.problems().stream()
              .map(BuildProblem::describe)
              .collect(Collectors.joining("\n✗ ")));
    }
    PrintWriter w = spec.commandLine().getOut();
    if (out != null) {
      List<String> names;
      try {
        names = OutputDirectory.write(out, result.objects());
      } catch (OutputDirectory.OutputException e) {
        throw new CliException(e.getMessage(), e);
      }
      w.println("wrote " + names.size() + " files to " + out);
    } else {
      w.print(
          output == Format.json
              ? BuildPrinter.json(result.objects())
              : BuildPrinter.yaml(result.objects()));
    }
    w.flush();
    return 0;
  }
}
