package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import io.rset.cluster.ClusterException;
import io.rset.cluster.live.BlockedReport;
import io.rset.cluster.live.LiveGraph;
import io.rset.core.graph.DependencyGraph;
import io.rset.core.graph.GraphAnalysis;
import io.rset.core.graph.GraphFormat;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rset graph}: Show the dependency graph of the objects in a cluster with their Ready state.
 */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Show the dependency graph of the objects in a cluster with their Ready state.",
      "Nodes are the ResourceSets, HelmReleases and Kustomizations of the namespace (-A: all",
      "namespaces) and every object their dependsOn names, looked up in the cluster. The text",
      "output ends with each object that is not ready on its own account and what waits for it.",
      "For a platform directory (offline) use 'rset platform graph'."
    })
public final class LiveGraphCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private KubeFlags kube;

  @Option(names = "--live", required = true, description = "Read the graph from the cluster.")
  private boolean live;

  @Option(
      names = {"-A", "--all-namespaces"},
      description = "Graph the objects of all namespaces.")
  private boolean allNamespaces;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default), mermaid, dot or json.")
  private String output;

  @Override
  public Integer call() {
    if (!live) {
      throw new ParameterException(spec.commandLine(), "--live is required");
    }
    GraphFormat format = format(output);
    try (ClusterSession session = ClusterSession.open(kube)) {
      DependencyGraph graph =
          new LiveGraph(session.objects()).of(allNamespaces ? null : session.namespace());
      GraphAnalysis analysis = graph.analyze();
      String text = format.render(graph, analysis);
      if (format == GraphFormat.TEXT) {
        text += BlockedReport.render(graph, analysis);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return 0;
  }

  private static GraphFormat format(String text) {
    try {
      return GraphFormat.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ClusterException(
          "invalid output format '" + text + "', must be one of: text, mermaid, dot, json");
    }
  }
}
