package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ObjectRef;
import io.rset.cluster.tree.InventoryTree;
import io.rset.cluster.tree.TreePrinter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rset tree}: Print the inventory tree of a ResourceSet (§6.4). */
@Command(
    name = "tree",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the inventory tree of a ResourceSet.",
      "Flux Kustomizations in the inventory are expanded with their own inventory (and the",
      "ResourceSets in them), HelmReleases with the objects of their Helm release."
    })
public final class TreeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private KubeFlags kube;

  @Parameters(index = "0", paramLabel = "KIND", description = "resourceset (rset).")
  private String kind;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "NAME", description = "The ResourceSet.")
  private List<String> names = new ArrayList<>();

  @Override
  public Integer call() {
    String name = Arguments.exactlyOne(spec, names);
    FluxKind k = KindArgument.resolve(kind, "rset tree", List.of(FluxKind.RESOURCE_SET));
    try (ClusterSession session = ClusterSession.open(kube)) {
      ObjectRef ref = new ObjectRef(k, session.namespace(), name);
      String text = TreePrinter.print(new InventoryTree(session.objects()).of(ref));
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return 0;
  }
}
