package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import io.rset.cluster.FluxKind;
import io.rset.cluster.get.GetObjects;
import io.rset.cluster.get.OutputFormat;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rset get}: Show ResourceSets and ResourceSetInputProviders in a cluster (§6.3). */
@Command(
    name = "get",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Show ResourceSets and ResourceSetInputProviders in a cluster.",
      "KIND is resourceset (rset) or inputprovider (rsip). The table shows the inventory size",
      "(or the number of exported inputs), the Ready state (Suspended when reconciliation is",
      "disabled), its message and when it last changed. With NAME only that object is listed.",
      "-o yaml|json prints the object itself for a NAME matching one object, else a List."
    })
public final class GetCommand implements Callable<Integer> {
  private static final List<FluxKind> KINDS =
      List.of(FluxKind.RESOURCE_SET, FluxKind.RESOURCE_SET_INPUT_PROVIDER);

  @Spec private CommandSpec spec;

  @Mixin private KubeFlags kube;

  @Parameters(
      index = "0",
      paramLabel = "KIND",
      description = "resourceset (rset) or inputprovider (rsip).")
  private String kind;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "NAME",
      description = "Show only this object.")
  private List<String> names = new ArrayList<>();

  @Option(
      names = {"-A", "--all-namespaces"},
      description = "List the objects of all namespaces.")
  private boolean allNamespaces;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default), yaml or json.")
  private String output;

  @Override
  public Integer call() {
    String name = Arguments.atMostOne(spec, names);
    FluxKind k = KindArgument.resolve(kind, "rset get", KINDS);
    OutputFormat format = OutputFormat.parse(output);
    try (ClusterSession session = ClusterSession.open(kube)) {
      String text =
          new GetObjects(session.objects(), ZoneId.systemDefault())
              .render(k, allNamespaces ? null : session.namespace(), name, format);
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return 0;
  }
}
