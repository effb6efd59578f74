package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ObjectRef;
import io.rset.cluster.wait.AwaitReady;
import io.rset.cluster.wait.StatusLines;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rset wait}: Wait for a ResourceSet to become ready (§6.7). */
@Command(
    name = "wait",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Wait for a ResourceSet to become ready.",
      "An object that does not exist yet is awaited too. Fails at once when the object is",
      "suspended or its Ready condition is False. KIND is resourceset (rset), inputprovider",
      "(rsip), helmrelease (hr) or kustomization (ks)."
    })
public final class WaitCommand implements Callable<Integer> {
  private static final List<FluxKind> KINDS =
      List.of(
          FluxKind.RESOURCE_SET,
          FluxKind.RESOURCE_SET_INPUT_PROVIDER,
          FluxKind.HELM_RELEASE,
          FluxKind.KUSTOMIZATION);

  @Spec private CommandSpec spec;

  @Mixin private KubeFlags kube;

  @Mixin private WaitFlags waitFlags;

  @Parameters(index = "0", paramLabel = "KIND", description = "rset, rsip, hr or ks.")
  private String kind;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "NAME", description = "The object.")
  private List<String> names = new ArrayList<>();

  @Override
  public Integer call() {
    String name = Arguments.exactlyOne(spec, names);
    FluxKind k = KindArgument.resolve(kind, "rset wait", KINDS);
    try (ClusterSession session = ClusterSession.open(kube)) {
      PrintWriter out = spec.commandLine().getOut();
      AwaitReady.run(
          new StatusLines(out),
          waitFlags.objectWait(session.objects(), session.deadline(), out),
          new ObjectRef(k, session.namespace(), name));
    }
    return 0;
  }
}
