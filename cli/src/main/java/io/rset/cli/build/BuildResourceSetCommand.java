package io.rset.cli.build;

import io.rset.cli.CliException;
import io.rset.cli.RsetCommand;
import io.rset.cli.VersionProvider;
import io.rset.core.platform.BuildFailure;
import io.rset.core.platform.BuildOutput;
import io.rset.core.platform.BuildRequest;
import io.rset.core.platform.BuildResult;
import io.rset.core.platform.OfflineBuild;
import io.rset.core.platform.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rset build rset}: builds ResourceSets without a cluster and prints the objects, as {@code
 * flux-operator build rset} does (spec §6.2). Only turns flags into a {@link BuildRequest}, runs
 * {@link OfflineBuild} and prints.
 */
@Command(
    name = "rset",
    aliases = {"resourceset", "rs"},
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Build the objects of ResourceSets offline and print them.",
      "Every ResourceSet of the file is built, in order. Inputs come from the manifest,",
      "--inputs-from and the Static providers of --inputs-from-provider."
    })
public final class BuildResourceSetCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    yaml,
    json
  }

  @Spec private CommandSpec spec;

  @Option(
      names = {"-f", "--filename"},
      paramLabel = "FILE",
      description = "ResourceSet manifest(s); '-' reads stdin. Required.")
  private String filename;

  @Option(
      names = {"-i", "--inputs-from"},
      paramLabel = "FILE",
      description = "YAML list of input sets that replaces spec.inputs.")
  private String inputsFrom;

  @Option(
      names = "--inputs-from-provider",
      paramLabel = "FILE",
      description = "ResourceSetInputProvider manifests (type Static) for spec.inputsFrom.")
  private String inputsFromProvider;

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      defaultValue = "default",
      description = "Namespace of a ResourceSet without one (default: ${DEFAULT-VALUE}).")
  private String namespace;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      description = "yaml (default: the Flux CLI's output) or json (one array of all objects).")
  private Format output;

  @Override
  public Integer call() {
    if (filename == null || filename.isEmpty()) {
      throw new CliException("--filename is required");
    }
    List<BuildResult> results;
    try {
      BuildRequest request =
          new BuildRequest(
              filename.equals("-") ? Source.stdin(stdin()) : Source.readManifest(filename),
              inputsFrom == null ? null : Source.readFile(inputsFrom, "error reading inputs file"),
              inputsFromProvider == null
                  ? null
                  : Source.readFile(
                      inputsFromProvider, "error loading providers from file: error reading file"),
              namespace);
      results = new OfflineBuild().buildAll(request);
    } catch (BuildFailure e) {
      throw new CliException(e.describe(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(output == Format.json ? BuildOutput.json(results) : BuildOutput.yaml(results));
    out.flush();
    return 0;
  }

  private byte[] stdin() {
    try {
      return ((RsetCommand) spec.root().userObject()).stdin().readAllBytes();
    } catch (IOException e) {
      throw new CliException("error reading file: <stdin>: " + e.getMessage(), e);
    }
  }
}
