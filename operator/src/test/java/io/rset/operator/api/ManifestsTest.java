package io.rset.operator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.rset.core.model.ManifestException;
import io.rset.kubetesting.MockCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestsTest {

  @Test
  void aResourceSetStoredInTheClusterReadsAsTheCoreModel() {
    try (MockCluster cluster = MockCluster.start()) {
      cluster.createCrds(Crds.RESOURCE_SET);
      KubernetesClient client = cluster.client();
      ResourceSet rs = new ResourceSet();
      rs.setMetadata(
          new ObjectMetaBuilder()
              .withName("apps")
              .withNamespace("team")
              .addToLabels("a", "b")
              .build());
      rs.setSpec(
          new ResourceSet.Spec(
              Map.of(
                  "inputs",
                      List.of(
                          Map.of(
                              "n",
                              2,
                              "f",
                              2.5,
                              "big",
                              new java.math.BigInteger("12345678901234567890"))),
                  "resources",
                      List.of(
                          Map.of(
                              "apiVersion",
                              "v1",
                              "kind",
                              "ConfigMap",
                              "metadata",
                              Map.of("name", "x", "namespace", "team"))),
                  "dependsOn",
                      List.of(
                          Map.of(
                              "apiVersion",
                              "v1",
                              "kind",
                              "Secret",
                              "name",
                              "s",
                              "ready",
                              true,
                              "readyExpr",
                              "true")))));
      client.resource(rs).create();
      ResourceSet read =
          client.resources(ResourceSet.class).inNamespace("team").withName("apps").get();

      io.rset.core.model.ResourceSet model = Manifests.toModel(read);
      assertThat(model.metadata().name()).isEqualTo("apps");
      assertThat(model.metadata().uid()).isEqualTo(read.getMetadata().getUid());
      assertThat(model.metadata().labels()).containsEntry("a", "b");
      Map<String, Object> in = model.spec().inputs().get(0);
      assertThat(in.get("n")).isEqualTo(2L);
      assertThat(in.get("f")).isEqualTo(2.5);
      assertThat(in.get("big")).isEqualTo(1.2345678901234567e19);
      assertThat(model.spec().dependsOn().get(0).readyExpr()).isEqualTo("true");
      assertThat(model.spec().resources()).hasSize(1);
    }
  }

  @Test
  void aSchemaViolationNamesTheField() {
    ResourceSet rs = new ResourceSet();
    rs.setMetadata(new ObjectMetaBuilder().withName("x").withNamespace("ns").build());
    rs.setSpec(new ResourceSet.Spec(Map.of("wait", "yes please")));
    assertThatThrownBy(() -> Manifests.toModel(rs))
        .isInstanceOfSatisfying(
            ManifestException.class,
            e ->
                assertThat(Manifests.describe(e))
                    .isEqualTo("spec.wait: must be a boolean, not a string"));
  }

  @Test
  void anInputProviderReadsWithItsExportedInputs() {
    ResourceSetInputProvider p = new ResourceSetInputProvider();
    p.setMetadata(new ObjectMetaBuilder().withName("p").withNamespace("ns").withUid("u1").build());
    p.setSpec(
        new ResourceSetInputProvider.Spec(
            Map.of("type", "GitHubBranch", "url", "https://github.com/x/y")));
    p.setStatus(
        new ResourceSetInputProvider.Status(
            Map.of("exportedInputs", List.of(Map.of("id", "1", "branch", "main")))));
    io.rset.core.model.ResourceSetInputProvider model = Manifests.toModel(p);
    assertThat(model.spec().type()).isEqualTo("GitHubBranch");
    assertThat(model.exportedInputs()).containsExactly(Map.of("id", "1", "branch", "main"));
  }

  @Test
  void theDeployCopiesOfTheCrdsMatchTheClasspathOnes() throws Exception {
    Path deploy = Path.of("..", "deploy", "crds");
    assertThat(Files.readString(deploy.resolve("resourcesets.fluxcd.controlplane.io.yaml")))
        .isEqualTo(Crds.text(Crds.RESOURCE_SET));
    assertThat(
            Files.readString(
                deploy.resolve("resourcesetinputproviders.fluxcd.controlplane.io.yaml")))
        .isEqualTo(Crds.text(Crds.RESOURCE_SET_INPUT_PROVIDER));
  }
}
