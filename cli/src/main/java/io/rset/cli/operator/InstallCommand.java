package io.rset.cli.operator;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.rset.cli.CliException;
import io.rset.cli.VersionProvider;
import io.rset.cli.cluster.KubeFlags;
import io.rset.cluster.ClusterException;
import io.rset.operator.runtime.DeployManifests;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rset install}: prints ({@code --export}) or server-side applies the operator's manifests,
 * the repository's {@code deploy/} directory bundled in the jar: CRDs, namespace, RBAC, Deployment.
 */
@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print or apply the operator's CRDs, RBAC and Deployment.")
public final class InstallCommand implements Callable<Integer> {
  /** The field manager of the applies. */
  static final String FIELD_MANAGER = "rset";

  @Spec private CommandSpec spec;

  @Mixin KubeFlags kube;

  @Option(
      names = "--export",
      description = "Print the manifests (multi-document YAML) instead of applying them.")
  boolean export;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (export) {
      out.print(DeployManifests.export());
      out.flush();
      return 0;
    }
    try (KubernetesClient client = kube.connection().client()) {
      for (Map<String, Object> object : DeployManifests.objects()) {
        out.println(apply(client, object));
        out.flush();
      }
    } catch (ClusterException e) {
      throw new CliException(e.getMessage(), e);
    }
    out.println("✔ rset operator installed");
    return 0;
  }

  /** Server-side applies one object; returns its changeset line ({@code Kind/ns/name created}). */
  private static String apply(KubernetesClient client, Map<String, Object> object) {
    HasMetadata resource =
        client.getKubernetesSerialization().convertValue(object, HasMetadata.class);
    String id = display(resource);
    try {
      boolean exists = client.resource(resource).get() != null;
      client.resource(resource).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
      return id + (exists ? " configured" : " created");
    } catch (KubernetesClientException e) {
      String reason =
          e.getStatus() != null && e.getStatus().getMessage() != null
              ? e.getStatus().getMessage()
              : "HTTP " + e.getCode();
      throw new CliException(id + " apply failed: " + reason, e);
    }
  }

  private static String display(HasMetadata r) {
    String ns = r.getMetadata().getNamespace();
    return r.getKind()
        + "/"
        + (ns == null || ns.isEmpty() ? "" : ns + "/")
        + r.getMetadata().getName();
  }
}
