package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ObjectRef;
import io.rset.cluster.mutate.Deletion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rset delete}: Delete a ResourceSet (§6.8). */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Delete a ResourceSet.",
      "With --with-suspend the ResourceSet is suspended first, so the operator removes it",
      "without deleting the objects it applied. KIND is resourceset (rset) or inputprovider (rsip)."
    })
public final class DeleteCommand implements Callable<Integer> {
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
      description = "Wait until the object is gone (default true; --wait=false to skip).")
  private boolean wait;

  @Option(
      names = "--with-suspend",
      description = "Suspend first: the objects it applied are left in place.")
  private boolean withSuspend;

  @Override
  public Integer call() {
    String name = Arguments.exactlyOne(spec, names);
    FluxKind k = KindArgument.resolve(kind, "rset delete", SuspendCommand.KINDS);
    try (ClusterSession session = ClusterSession.open(kube)) {
      Deletion.run(
          Mutations.context(spec, session, waitFlags),
          new ObjectRef(k, session.namespace(), name),
          wait,
          withSuspend);
    }
    return 0;
  }
}
