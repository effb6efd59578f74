package io.rset.cli;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.Template;
import io.rset.gotemplate.TemplateException;
import io.rset.gotemplate.flux.FluxTemplates;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rset template render}: renders one template exactly as the Flux Operator would. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Render a ResourceSet template to stdout.",
      "Renders as the Flux Operator does: Go text/template named 'resourceset',",
      "missingkey=error, nil data, slim-sprig functions plus inputs, slugify, toYaml."
    })
public final class TemplateRenderCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-f", "--file"},
      required = true,
      paramLabel = "TEMPLATE",
      description = "Template file; '-' reads stdin.")
  private String file;

  @Option(
      names = "--inputs",
      paramLabel = "FILE",
      description = "YAML or JSON mapping bound to the inputs function; '-' reads stdin.")
  private String inputs;

  @Option(
      names = "--delims",
      paramLabel = "LEFT,RIGHT",
      description = "Action delimiters (default: ${DEFAULT-VALUE}).",
      defaultValue = "<<,>>")
  private String delims;

  @Override
  public Integer call() {
    String[] d = delims.split(",", -1);
    if (d.length != 2 || d[0].isEmpty() || d[1].isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--delims': expected LEFT,RIGHT such as '<<,>>' but was '"
              + delims
              + "'");
    }
    if ("-".equals(file) && "-".equals(inputs)) {
      throw new ParameterException(
          spec.commandLine(), "Only one of --file and --inputs can read stdin ('-')");
    }
    RsetCommand root = (RsetCommand) spec.root().userObject();
    String text = YamlFiles.readText(file, root.stdin());
    Map<String, Object> values = inputs == null ? null : InputsFile.load(inputs, root.stdin());
    String output;
    try {
      Template t = FluxTemplates.parse(text, d[0], d[1], Limits.DEFAULT);
      output = FluxTemplates.render(t, values);
    } catch (TemplateException e) {
      throw new CliException(YamlFiles.displayName(file) + ": " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(output);
    out.flush();
    return 0;
  }
}
