package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ObjectRef;
import io.rset.cluster.mutate.Suspension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rset suspend}: Suspend the reconciliation of a ResourceSet (§6.6). */
@Command(
    name = "suspend",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Suspend the reconciliation of a ResourceSet.",
      "Sets fluxcd.controlplane.io/reconcile: disabled. KIND is resourceset (rset) or",
      "inputprovider (rsip)."
    })
public final class SuspendCommand implements Callable<Integer> {
  static final List<FluxKind> KINDS =
      List.of(FluxKind.RESOURCE_SET, FluxKind.RESOURCE_SET_INPUT_PROVIDER);

  @Spec private CommandSpec spec;

  @Mixin private KubeFlags kube;

  @Parameters(index = "0", paramLabel = "KIND", description = "rset or rsip.")
  private String kind;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "NAME", description = "The object.")
  private List<String> names = new ArrayList<>();

  @Override
  public Integer call() {
    String name = Arguments.exactlyOne(spec, names);
    FluxKind k = KindArgument.resolve(kind, "rset suspend", KINDS);
    try (ClusterSession session = ClusterSession.open(kube)) {
      Suspension.suspend(
          Mutations.context(spec, session, new WaitFlags()),
          new ObjectRef(k, session.namespace(), name));
    }
    return 0;
  }
}
