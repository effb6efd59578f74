package io.rset.cli.operator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.rset.kubetesting.FaultRule;
import io.rset.kubetesting.MockCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code rset install}: the printed manifests are the deploy/ files; applying them on the mock. */
class InstallCommandTest {
  private static final Path DEPLOY = Path.of("..", "deploy");

  /** deploy/'s resources in kustomization order, read from the files on disk. */
  private static String deployFiles() throws IOException {
    String kustomization =
        Files.readString(DEPLOY.resolve("kustomization.yaml"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("(?m)^  - (\\S+)$").matcher(kustomization);
    List<String> files = new ArrayList<>();
    while (m.find()) {
      files.add(m.group(1));
    }
    assertThat(files)
        .contains(
            "crds/resourcesets.fluxcd.controlplane.io.yaml",
            "crds/resourcesetinputproviders.fluxcd.controlplane.io.yaml",
            "namespace.yaml",
            "serviceaccount.yaml",
            "rbac.yaml",
            "deployment.yaml");
    StringBuilder b = new StringBuilder();
    for (String f : files) {
      String text = Files.readString(DEPLOY.resolve(f), StandardCharsets.UTF_8);
      b.append(text).append(text.endsWith("\n") ? "" : "\n");
    }
    return b.toString();
  }

  @Test
  void exportPrintsExactlyTheDeployFilesInKustomizationOrder() throws IOException {
    Rset run = Rset.run("install", "--export");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(deployFiles());
  }

  @Test
  void installAppliesEveryManifestAndReappliesIdempotently() {
    try (MockCluster cluster = MockCluster.start()) {
      Rset first = Rset.run("install", "--kube-server", cluster.url());
      assertThat(first.err()).isEmpty();
      assertThat(first.exitCode()).isZero();
      assertThat(first.out())
          .isEqualTo(
              """
              CustomResourceDefinition/resourcesets.fluxcd.controlplane.io created
              CustomResourceDefinition/resourcesetinputproviders.fluxcd.controlplane.io created
              Namespace/rset-system created
              ServiceAccount/rset-system/rset-operator created
              ClusterRole/rset-operator created
              ClusterRoleBinding/rset-operator created
              ClusterRoleBinding/rset-operator-cluster-admin created
              Deployment/rset-system/rset-operator created
              ✔ rset operator installed
              """);
      Deployment d =
          cluster
              .client()
              .apps()
              .deployments()
              .inNamespace("rset-system")
              .withName("rset-operator")
              .get();
      assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs())
          .contains("operator", "--leader-elect");
      assertThat(
              cluster.requests().all().stream()
                  .filter(c -> c.isApply())
                  .allMatch(c -> "rset".equals(c.query().get("fieldManager"))))
          .isTrue();

      Rset second = Rset.run("install", "--kube-server", cluster.url());
      assertThat(second.exitCode()).isZero();
      assertThat(second.out()).contains("Deployment/rset-system/rset-operator configured");
    }
  }

  @Test
  void aRefusedApplyIsAnErrorNamingTheObjectWithoutStackTrace() {
    try (MockCluster cluster = MockCluster.start()) {
      cluster
          .faults()
          .add(
              FaultRule.on("PATCH", ".*/namespaces/rset-system")
                  .always()
                  .respond(403, "namespaces \"rset-system\" is forbidden"));

      Rset run = Rset.run("install", "--kube-server", cluster.url());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out())
          .contains("CustomResourceDefinition/resourcesets.fluxcd.controlplane.io created");
      assertThat(run.err())
          .isEqualTo(
              "✗ Namespace/rset-system apply failed: namespaces \"rset-system\" is forbidden\n");
    }
  }
}
