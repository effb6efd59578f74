package io.rset.cli;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * The root command {@code rset}; it only groups subcommands. They are listed in {@link
 * #SUBCOMMANDS}, not in the annotation, so that {@link Main} registers only the one a command line
 * names: building picocli's model of every command costs a cold JVM about 200 ms.
 */
@Command(
    name = "rset",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Build, validate and operate Flux Operator ResourceSet platforms.")
public final class RsetCommand {
  /** The subcommands by name, in help order. Each name is its class's {@code @Command} name. */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("template", TemplateCommand.class);
    m.put("build", io.rset.cli.build.BuildCommand.class);
    m.put("platform", io.rset.cli.platform.PlatformCommand.class);
    m.put("get", io.rset.cli.cluster.GetCommand.class);
    m.put("tree", io.rset.cli.cluster.TreeCommand.class);
    m.put("reconcile", io.rset.cli.cluster.ReconcileCommand.class);
    m.put("suspend", io.rset.cli.cluster.SuspendCommand.class);
    m.put("resume", io.rset.cli.cluster.ResumeCommand.class);
    m.put("wait", io.rset.cli.cluster.WaitCommand.class);
    m.put("delete", io.rset.cli.cluster.DeleteCommand.class);
    m.put("why", io.rset.cli.cluster.WhyCommand.class);
    m.put("graph", io.rset.cli.cluster.LiveGraphCommand.class);
    m.put("operator", io.rset.cli.operator.OperatorCommand.class);
    m.put("install", io.rset.cli.operator.InstallCommand.class);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The subcommands of the group commands, by name, in help order; registered lazily like {@link
   * #SUBCOMMANDS}. Each name is its class's {@code @Command} name.
   */
  static final Map<String, Map<String, Class<?>>> GROUPS = groups();

  /** Aliases of group subcommands, by group: alias → name. */
  static final Map<String, Map<String, String>> ALIASES =
      Map.of("build", Map.of("resourceset", "rset", "rs", "rset"));

  private static Map<String, Map<String, Class<?>>> groups() {
    Map<String, Class<?>> template = new LinkedHashMap<>();
    template.put("render", TemplateRenderCommand.class);
    template.put("test", TemplateTestCommand.class);
    Map<String, Class<?>> build = new LinkedHashMap<>();
    build.put("rset", io.rset.cli.build.BuildResourceSetCommand.class);
    Map<String, Class<?>> platform = new LinkedHashMap<>();
    platform.put("build", io.rset.cli.platform.PlatformBuildCommand.class);
    platform.put("validate", io.rset.cli.platform.PlatformValidateCommand.class);
    platform.put("add", io.rset.cli.platform.PlatformAddCommand.class);
    platform.put("graph", io.rset.cli.platform.PlatformGraphCommand.class);
    return Map.of(
        "template", java.util.Collections.unmodifiableMap(template),
        "build", java.util.Collections.unmodifiableMap(build),
        "platform", java.util.Collections.unmodifiableMap(platform));
  }

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
