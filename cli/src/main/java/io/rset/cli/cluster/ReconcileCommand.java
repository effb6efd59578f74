package io.rset.cli.cluster;

import io.rset.cli.VersionProvider;
import io.rset.cluster.ClusterException;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ObjectRef;
import io.rset.cluster.mutate.Reconcile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rset reconcile}: Trigger a reconciliation of a ResourceSet, HelmRelease or Kustomization
 * (§6.5).
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Trigger a reconciliation of a ResourceSet, HelmRelease or Kustomization.",
      "Sets the reconcile.fluxcd.io/requestedAt annotation and, with --wait (the default),",
      "waits until the controller has handled that request and the object is Ready.",
      "KIND is resourceset (rset), inputprovider (rsip), helmrelease (hr) or kustomization (ks)."
    })
public final class ReconcileCommand implements Callable<Integer> {
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

  @Option(
      names = "--wait",
      arity = "0..1",
      defaultValue = "true",
      fallbackValue = "true",
      description = "Wait for the reconciliation to finish (default true; --wait=false to skip).")
  private boolean wait;

  @Option(
      names = "--force",
      description = "inputprovider only: also set reconcile.fluxcd.io/forceAt (run off schedule).")
  private boolean force;

  @Option(
      names = "--with-source",
      description =
          "hr and ks only: reconcile the source (HelmChart, chartRef or sourceRef) first.")
  private boolean withSource;

  @Override
  public Integer call() {
    String name = Arguments.exactlyOne(spec, names);
    FluxKind k = KindArgument.resolve(kind, "rset reconcile", KINDS);
    if (force && k != FluxKind.RESOURCE_SET_INPUT_PROVIDER) {
      throw new ClusterException("--force is only supported for inputprovider (rsip)");
    }
    if (withSource && k != FluxKind.HELM_RELEASE && k != FluxKind.KUSTOMIZATION) {
      throw new ClusterException(
          "--with-source is only supported for helmrelease (hr) and kustomization (ks)");
    }
    try (ClusterSession session = ClusterSession.open(kube)) {
      Reconcile.run(
          Mutations.context(spec, session, waitFlags),
          new ObjectRef(k, session.namespace(), name),
          wait,
          force,
          withSource);
    }
    return 0;
  }
}
