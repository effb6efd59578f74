package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.rset.operator.api.ResourceSet;
import io.rset.operator.api.ResourceSetInputProvider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * inputsFrom (by name and selector, read from status.exportedInputs), the input provider and
 * ConfigMap/Secret watches of spec §4.1, and the BuildFailed stalls.
 */
class InputsAndWatchesTest {
  private OperatorHarness h;

  @BeforeEach
  void start() {
    h = OperatorHarness.start();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private void provider(
      String name, Map<String, String> labels, List<Map<String, Object>> exported) {
    ResourceSetInputProvider p = new ResourceSetInputProvider();
    p.setMetadata(
        new ObjectMetaBuilder().withName(name).withNamespace("apps").withLabels(labels).build());
    p.setSpec(
        new ResourceSetInputProvider.Spec(
            Map.of("type", "GitHubBranch", "url", "https://github.com/x/y")));
    ResourceSetInputProvider created = h.client.resource(p).create();
    export(created.getMetadata().getName(), exported);
  }

  private void export(String name, List<Map<String, Object>> exported) {
    ResourceSetInputProvider p =
        h.client.resources(ResourceSetInputProvider.class).inNamespace("apps").withName(name).get();
    p.setStatus(
        new ResourceSetInputProvider.Status(
            Map.of(
                "exportedInputs",
                exported,
                "lastExportedRevision",
                "sha256:" + exported.hashCode())));
    h.client.resource(p).updateStatus();
  }

  private List<String> configMaps() {
    return h.client.configMaps().inNamespace("apps").list().getItems().stream()
        .map(c -> c.getMetadata().getName())
        .filter(n -> n.startsWith("b-"))
        .sorted()
        .toList();
  }

  static String rset(String inputsFrom) {
    return """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: branches
          namespace: apps
        spec:
          inputsFrom:
        %s
          resources:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: b-<< inputs.branch >>
                namespace: apps
              data:
                provider: << inputs.provider.name >>
                id: << inputs.id | quote >>
        """
        .formatted(inputsFrom.indent(4).stripTrailing());
  }

  @Test
  void providerInputsByNameAndTheirChangesTriggerReconciles() {
    provider("gh", Map.of(), List.of(Map.of("id", "1", "branch", "main")));
    h.create(rset("- kind: ResourceSetInputProvider\n  name: gh"));
    h.awaitReadyTrue("apps", "branches");
    assertThat(configMaps()).containsExactly("b-main");
    assertThat(h.client.configMaps().inNamespace("apps").withName("b-main").get().getData())
        .containsEntry("provider", "gh")
        .containsEntry("id", "1");

    export("gh", List.of(Map.of("id", "2", "branch", "dev")));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> configMaps().equals(List.of("b-dev")));

    // zero exported inputs with inputsFrom set: an empty set is applied (spec §2.7)
    export("gh", List.of());
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> configMaps().isEmpty());
    ResourceSet rs = h.awaitReadyTrue("apps", "branches");
    assertThat(rs.getStatus().inventoryEntries()).isEmpty();
    assertThat(rs.getStatus().get("inventory")).isEqualTo(Map.of("entries", List.of()));
  }

  @Test
  void providersBySelectorSortedByName() {
    provider("zeta", Map.of("team", "a"), List.of(Map.of("id", "1", "branch", "z")));
    provider("alpha", Map.of("team", "a"), List.of(Map.of("id", "2", "branch", "a")));
    provider("other", Map.of("team", "b"), List.of(Map.of("id", "3", "branch", "o")));
    h.create(rset("- selector:\n    matchLabels:\n      team: a"));
    ResourceSet rs = h.awaitReadyTrue("apps", "branches");
    assertThat(configMaps()).containsExactly("b-a", "b-z");
    assertThat(rs.getStatus().objects("history").get(0).get("metadata"))
        .isEqualTo(Map.of("inputs", "2", "resources", "2"));
    // a new matching provider triggers a reconcile through the watch
    provider("mid", Map.of("team", "a"), List.of(Map.of("id", "4", "branch", "m")));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> configMaps().equals(List.of("b-a", "b-m", "b-z")));
  }

  @Test
  void aMissingNamedProviderStallsUntilItAppears() {
    h.create(rset("- name: gh"));
    ResourceSet rs = h.awaitReason("apps", "branches", "False", "BuildFailed");
    String msg =
        "failed to compute inputs: failed to get provider apps/gh:"
            + " resourcesetinputproviders.fluxcd.controlplane.io \"gh\" not found";
    assertThat(rs.getStatus().condition("Ready").get("message")).isEqualTo(msg);
    assertThat(rs.getStatus().condition("Stalled"))
        .containsEntry("status", "True")
        .containsEntry("reason", "BuildFailed")
        .containsEntry("message", msg);
    assertThat(rs.getStatus().condition("Reconciling")).isNull();
    Map<String, Object> history = rs.getStatus().objects("history").get(0);
    assertThat(history)
        .containsEntry("lastReconciledStatus", "BuildFailed")
        .doesNotContainKey("metadata");
    assertThat(h.eventLines("apps", "branches")).contains("Warning BuildFailed " + msg);
    provider("gh", Map.of(), List.of(Map.of("id", "1", "branch", "main")));
    h.awaitReadyTrue("apps", "branches");
    assertThat(h.get("apps", "branches").getStatus().condition("Stalled")).isNull();
  }

  @Test
  void templateAndValidationErrorsStall() {
    h.create(
        """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: broken
          namespace: apps
        spec:
          inputs:
            - a: 1
          resources:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: << inputs.missing >>
                namespace: apps
        """);
    ResourceSet rs = h.awaitReason("apps", "broken", "False", "BuildFailed");
    assertThat(rs.getStatus().condition("Ready").get("message").toString())
        .startsWith(
            "build failed: failed to build resources[0]: failed to execute template: template: resourceset:")
        .endsWith("map has no entry for key \"missing\"");

    h.create(
        """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: invalid
          namespace: apps
        spec:
          resourcesTemplate: "x"
          steps:
            - name: one
              resourcesTemplate: "y"
        """);
    ResourceSet inv = h.awaitReason("apps", "invalid", "False", "BuildFailed");
    assertThat(inv.getStatus().condition("Ready").get("message"))
        .isEqualTo(
            "build failed: spec.steps is mutually exclusive with spec.resources and spec.resourcesTemplate");
  }

  @Test
  void watchedSourcesTriggerReconciles() {
    h.client
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("source")
                .withNamespace("shared")
                .addToLabels("reconcile.fluxcd.io/watch", "Enabled")
                .endMetadata()
                .addToData("k", "1")
                .build())
        .create();
    h.client
        .resource(
            new io.fabric8.kubernetes.api.model.SecretBuilder()
                .withNewMetadata()
                .withName("creds")
                .withNamespace("shared")
                .addToLabels("reconcile.fluxcd.io/watch", "Enabled")
                .endMetadata()
                .addToData("p", "YQ==")
                .build())
        .create();
    h.create(
        """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: copies
          namespace: apps
        spec:
          resources:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: copy
                namespace: apps
                annotations:
                  fluxcd.controlplane.io/copyFrom: shared/source
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: user
                namespace: apps
                annotations:
                  fluxcd.controlplane.io/checksumFrom: Secret/shared/creds
        """);
    ResourceSet rs = h.awaitReadyTrue("apps", "copies");
    assertThat(rs.getStatus().get("externalChecksumRefs"))
        .isEqualTo(List.of("Secret/shared/creds"));
    String checksum =
        h.client
            .configMaps()
            .inNamespace("apps")
            .withName("user")
            .get()
            .getMetadata()
            .getAnnotations()
            .get("fluxcd.controlplane.io/checksum");
    assertThat(checksum).startsWith("sha256:");

    h.client
        .configMaps()
        .inNamespace("shared")
        .withName("source")
        .edit(
            c -> {
              c.getData().put("k", "2");
              return c;
            });
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                "2"
                    .equals(
                        h.client
                            .configMaps()
                            .inNamespace("apps")
                            .withName("copy")
                            .get()
                            .getData()
                            .get("k")));

    h.client
        .secrets()
        .inNamespace("shared")
        .withName("creds")
        .edit(
            s -> {
              s.getData().put("p", "Yg==");
              return s;
            });
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                !checksum.equals(
                    h.client
                        .configMaps()
                        .inNamespace("apps")
                        .withName("user")
                        .get()
                        .getMetadata()
                        .getAnnotations()
                        .get("fluxcd.controlplane.io/checksum")));
  }
}
