package io.rset.cli.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.rset.cli.VersionProvider;
import io.rset.cluster.FluxKind;
import io.rset.cluster.KubeConnection;
import io.rset.cluster.why.Explanation;
import io.rset.cluster.why.ExplanationJson;
import io.rset.cluster.why.ExplanationText;
import io.rset.cluster.why.FabricClusterView;
import io.rset.cluster.why.ObjectRef;
import io.rset.cluster.why.WhyAnalyser;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rset why}: explains why a HelmRelease, Kustomization or ResourceSet is not ready — the
 * chain of objects to the one that actually fails, its condition and events, the cause and the fix.
 * Exits 0 when the object is ready, 1 otherwise.
 */
@Command(
    name = "why",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Explain why a HelmRelease, Kustomization or ResourceSet is not ready.",
      "Follows dependsOn, sources (HelmChart, HelmRepository, GitRepository, OCIRepository),",
      "health checks and ResourceSet inventories to the object that actually fails, and prints",
      "the chain, that object's Ready condition and recent events, the cause and the fix.",
      "Exit code 0 when the object is ready, 1 when it is not."
    })
public final class WhyCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  /** The kinds {@code why} explains; the Flux sources are accepted too. */
  static final List<FluxKind> KINDS =
      List.of(
          FluxKind.HELM_RELEASE,
          FluxKind.KUSTOMIZATION,
          FluxKind.RESOURCE_SET,
          FluxKind.RESOURCE_SET_INPUT_PROVIDER,
          FluxKind.HELM_REPOSITORY,
          FluxKind.HELM_CHART,
          FluxKind.GIT_REPOSITORY,
          FluxKind.OCI_REPOSITORY,
          FluxKind.BUCKET);

  @Spec private CommandSpec spec;

  @Mixin private KubeFlags kube;

  @Parameters(
      arity = "1..2",
      paramLabel = "KIND/NAME",
      description = "The object: KIND/NAME or KIND NAME (kinds: hr, ks, rset, and Flux sources).")
  private List<String> target = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json (root, chain, cause, fix, condition, events).")
  private Format output;

  @Override
  public Integer call() {
    String[] kindAndName = kindAndName();
    FluxKind kind = KindArgument.resolve(kindAndName[0], "rset why", KINDS);
    Duration timeout = ClusterSession.duration("--timeout", kube.timeout);
    KubeConnection connection = kube.connection();
    String namespace = kube.namespace(connection);
    Explanation e;
    try (KubernetesClient client = connection.client(timeout)) {
      e =
          new WhyAnalyser(new FabricClusterView(client))
              .explain(ObjectRef.of(kind, namespace, kindAndName[1]));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(output == Format.json ? ExplanationJson.render(e) : ExplanationText.render(e));
    out.flush();
    return e.exitCode();
  }

  /** {@code KIND/NAME} or {@code KIND NAME}. */
  private String[] kindAndName() {
    if (target.size() == 2) {
      if (target.get(0).contains("/") || target.get(1).contains("/")) {
        throw usage("expected KIND/NAME or KIND NAME, got " + String.join(" ", target));
      }
      return new String[] {target.get(0), target.get(1)};
    }
    String t = target.get(0);
    int slash = t.indexOf('/');
    if (slash <= 0 || slash == t.length() - 1 || t.indexOf('/', slash + 1) >= 0) {
      throw usage("expected KIND/NAME or KIND NAME, got " + t);
    }
    return new String[] {t.substring(0, slash), t.substring(slash + 1)};
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
