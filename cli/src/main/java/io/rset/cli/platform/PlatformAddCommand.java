package io.rset.cli.platform;

import io.rset.cli.CliException;
import io.rset.platform.edit.AddPlan;
import io.rset.platform.edit.AddRequest;
import io.rset.platform.edit.EditException;
import io.rset.platform.edit.FileChange;
import io.rset.platform.edit.PlatformAdd;
import io.rset.platform.validate.PlatformValidator;
import io.rset.platform.validate.ReportFormat;
import io.rset.platform.validate.ValidateOptions;
import io.rset.platform.validate.ValidationReport;
import java.io.PrintWriter;
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
 * {@code rset platform add}: adds a Helm release to a platform directory in one command. Only turns
 * flags into an {@link AddRequest}, asks {@link PlatformAdd} for the checked changes, then prints
 * them as a diff ({@code --dry-run}) or writes them and prints what was done.
 *
 * <p>No {@code mixinStandardHelpOptions}: {@code --version} is the chart version here.
 */
@Command(
    name = "add",
    description = {
      "Add a Helm release to a platform directory in one command.",
      "Adds the release input to helm-charts.yaml (and its version to versions.env when the",
      "other releases use ${var} versions), creates charts/NAME.yaml, registers it in the",
      "platform-values generator of kustomization.yaml and, with --config, scaffolds",
      "config/NAME/ and its config.yaml entry. New entries follow each file's own style;",
      "every other byte of the files stays as it is.",
      "Then validates the platform (as 'rset platform validate DIR') and prints the result.",
      "Exit code: 0 when the release was added and the platform validates without errors;",
      "1 when the change was refused (nothing is written) or the platform, with the change",
      "written, has validation errors; 2 on a usage error."
    })
public final class PlatformAddCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  private boolean help;

  @Parameters(index = "0", paramLabel = "NAME", description = "Release name (a DNS-1123 label).")
  private String name;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "The platform directory (default: the current directory).")
  private Path dir;

  @Option(
      names = "--namespace",
      required = true,
      paramLabel = "NS",
      description = "Target namespace; must be created by namespaces.yaml.")
  private String namespace;

  @Option(names = "--chart", required = true, paramLabel = "CHART", description = "Chart name.")
  private String chart;

  @Option(names = "--version", required = true, paramLabel = "V", description = "Chart version.")
  private String version;

  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "Chart repository: https://… or oci://….")
  private String url;

  @Option(
      names = "--depends-on",
      split = ",",
      paramLabel = "NAME",
      description = "Releases this one depends on (comma-separated).")
  private List<String> dependsOn = new ArrayList<>();

  @Option(
      names = "--values",
      paramLabel = "FILE",
      description = "Helm values for charts/NAME.yaml (default: an empty {}).")
  private Path values;

  @Option(
      names = "--schema-url",
      paramLabel = "URL",
      description = "Values schema, written as a yaml-language-server $schema header.")
  private String schemaUrl;

  @Option(names = "--config", description = "Also scaffold config/NAME/ and its config.yaml entry.")
  private boolean config;

  @Option(
      names = "--create-namespace",
      description = "Add the namespace to namespaces.yaml when it is not there.")
  private boolean createNamespace;

  @Option(
      names = "--namespace-input",
      paramLabel = "KEY=VALUE",
      description =
          "With --create-namespace, another key of the new namespace's input (e.g."
              + " security=restricted); repeatable. true/false and integers are typed.")
  private java.util.LinkedHashMap<String, String> namespaceInput = new java.util.LinkedHashMap<>();

  @Option(names = "--force", description = "Accept dependencies on releases not defined here.")
  private boolean force;

  @Option(names = "--dry-run", description = "Print the changes as a unified diff; write nothing.")
  private boolean dryRun;

  @Override
  public Integer call() {
    AddRequest request =
        new AddRequest(
            dir,
            name,
            namespace,
            chart,
            version,
            url,
            dependsOn,
            values,
            schemaUrl,
            config,
            createNamespace,
            force,
            typed(namespaceInput));
    PrintWriter out = spec.commandLine().getOut();
    try {
      AddPlan plan = PlatformAdd.plan(request);
      if (dryRun) {
        out.print(plan.diff());
        out.flush();
        return 0;
      }
      plan.write();
      for (FileChange c : plan.changes()) {
        out.println("✓ " + c.path() + ": " + c.summary());
      }
    } catch (EditException e) {
      throw new CliException(e.getMessage(), e);
    }
    out.flush();
    return validate(out);
  }

  private static java.util.Map<String, Object> typed(java.util.Map<String, String> flags) {
    java.util.Map<String, Object> typed = new java.util.LinkedHashMap<>();
    flags.forEach((k, v) -> typed.put(k, AddRequest.scalar(v)));
    return typed;
  }

  /** Validates the edited platform with the defaults of {@code rset platform validate DIR}. */
  private int validate(PrintWriter out) {
    ValidationReport report = PlatformValidator.validate(ValidateOptions.of(dir));
    out.print(ReportFormat.TEXT.render(report, ""));
    out.flush();
    return report.exitCode();
  }
}
