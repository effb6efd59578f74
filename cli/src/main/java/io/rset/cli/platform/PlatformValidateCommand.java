package io.rset.cli.platform;

import io.rset.cli.CliException;
import io.rset.cli.VersionProvider;
import io.rset.platform.validate.PlatformValidator;
import io.rset.platform.validate.ReportFormat;
import io.rset.platform.validate.Rule;
import io.rset.platform.validate.ValidateOptions;
import io.rset.platform.validate.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rset platform validate}: Check a platform directory for the mistakes Flux only reports
 * after a push. Only turns flags into {@link ValidateOptions}, runs {@link PlatformValidator} and
 * prints the report; the exit code is the report's (0 clean or warnings only, 1 errors).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Check a platform directory for the mistakes Flux only reports after a push.",
      "Builds it like 'rset platform build --recursive' (collecting every problem instead of"
          + " stopping at the first) and checks the result. Each finding has a stable code,"
          + " a severity, file:line:column, a message and a fix.",
      "Exit code: 0 when there are no errors (warnings alone are fine unless --strict), 1 when"
          + " there are, 2 on a usage error."
    },
    footerHeading = "%nRules (docs/validate.md explains each):%n")
public final class PlatformValidateCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json,
    sarif
  }

  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The platform directory.")
  private Path dir;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default), json or sarif (SARIF 2.1.0, for code scanning).")
  private Format output;

  @Option(
      names = "--strict",
      description = "Warnings are errors (exit 1), e.g. a dependency defined nowhere in the build.")
  private boolean strict;

  @Option(
      names = "--vars",
      paramLabel = "FILE",
      description =
          "Env file of substitution variables for every cluster; repeatable, later files win"
              + " (default: the *.env files of DIR).")
  private List<Path> vars;

  @Option(
      names = "--cluster-vars",
      paramLabel = "FILE",
      description =
          "Env file of one cluster's variables, merged over --vars; repeatable: every $${var}"
              + " must be defined for every cluster.")
  private List<Path> clusterVars;

  @Option(
      names = "--inputs-from-provider",
      paramLabel = "FILE",
      description =
          "ResourceSetInputProvider manifests for spec.inputsFrom; repeatable (default:"
              + " DIR/.static-provider.yaml).")
  private List<Path> providers;

  /** Receives the command's spec and puts the rule table into the help footer. */
  @Spec
  void setSpec(CommandSpec spec) {
    this.spec = spec;
    spec.usageMessage().footer(rulesFooter());
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir)) {
      throw new CliException(dir + ": not a directory");
    }
    for (List<Path> files : java.util.Arrays.asList(vars, clusterVars, providers)) {
      for (Path f : files == null ? List.<Path>of() : files) {
        if (!Files.isRegularFile(f)) {
          throw new CliException(f + ": no such file");
        }
      }
    }
    ValidationReport report =
        PlatformValidator.validate(new ValidateOptions(dir, vars, clusterVars, providers, strict));
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        ReportFormat.valueOf(output.name().toUpperCase(java.util.Locale.ROOT))
            .render(report, version()));
    out.flush();
    return report.exitCode();
  }

  private static String version() {
    try {
      String v = new VersionProvider().getVersion()[0];
      return v.startsWith("rset ") ? v.substring(5) : v;
    } catch (Exception e) {
      return "dev";
    }
  }

  /**
   * One line per rule: code, default severity, name, then the description wrapped and indented.
   * Escaped for picocli's format and variable syntax.
   */
  static String[] rulesFooter() {
    List<String> lines = new ArrayList<>();
    for (Rule r : Rule.values()) {
      lines.add(String.format("  %s  %-7s  %s", r.code(), r.severity().label(), r.id()));
      StringBuilder line = new StringBuilder("      ");
      for (String word : r.description().split(" ")) {
        if (line.length() + word.length() + 1 > 80 && line.length() > 6) {
          lines.add(line.toString());
          line = new StringBuilder("      ");
        }
        line.append(line.length() > 6 ? " " : "").append(word);
      }
      lines.add(line.toString());
    }
    return lines.stream()
        .map(l -> l.replace("%", "%%").replace("${", "$${"))
        .toArray(String[]::new);
  }
}
