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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rset resume}: Resume the reconciliation of a ResourceSet (§6.6). */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Resume the reconciliation of a ResourceSet.",
      "Sets fluxcd.controlplane.io/reconcile: enabled plus a reconcile request and, with --wait",
      "(the default), waits until the object is Ready. KIND is resourceset (rset) or",
      "inputprovider (rsip)."
    })
public final class ResumeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private KubeFlags kube;

  @Mixin private WaitFlags waitFlags;

  @Parameters(index = "0", paramLabel = "KIND", description = "rset or rsip.")
  private String kind;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "NAME", description = "The object.")
  private List<String> names = new ArrayList<>();

  @Option(
      names = "--wait",
      arity = "0..1",
      defaultValue = "true",
      fallbackValue = "true",
      description = "Wait for the reconciliation to finish (default true; --wait=false to skip).")
  private boolean wait;

  @Override
  public Integer call() {
    String name = Arguments.exactlyOne(spec, names);
    FluxKind k = KindArgument.resolve(kind, "rset resume", SuspendCommand.KINDS);
    try (ClusterSession session = ClusterSession.open(kube)) {
      Suspension.resume(
          Mutations.context(spec, session, waitFlags),
          new ObjectRef(k, session.namespace(), name),
          wait);
    }
    return 0;
  }
}
