package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.rset.kubetesting.RecordedCall;
import io.rset.operator.api.ResourceSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example platform's {@code helm-charts.yaml} ResourceSet (4 releases × HelmRepository,
 * HelmRelease, Kustomization) through create, input change, input removal, prune protection and
 * deletion. Write assertions count only requests that change stored state (no dry-runs) on the
 * generated objects' API groups.
 */
class ExamplePlatformLifecycleTest {
  static final String NS = "flux-system";
  static final String NAMESPACES =
      """
      apiVersion: fluxcd.controlplane.io/v1
      kind: ResourceSet
      metadata:
        name: platform-namespaces
        namespace: flux-system
      spec:
        resources:
          - apiVersion: v1
            kind: ConfigMap
            metadata:
              name: platform-values
              namespace: flux-system
            data:
              cilium.yaml: ""
      """;

  private OperatorHarness h;
  private String example;

  @BeforeEach
  void start() throws Exception {
    h = OperatorHarness.start();
    example = Files.readString(Path.of("..", "examples", "resourceset", "helm-charts.yaml"));
  }

  @AfterEach
  void stop() {
    h.close();
  }

  /** Requests that changed generated objects (Flux API groups), dry-runs excluded. */
  private List<RecordedCall> fluxWrites(long mark) {
    return h.cluster.requests().since(mark).stream()
        .filter(RecordedCall::isWrite)
        .filter(c -> c.path().contains("toolkit.fluxcd.io"))
        .toList();
  }

  private ResourceSet createExample() {
    h.create(NAMESPACES);
    h.awaitReadyTrue(NS, "platform-namespaces");
    h.create(example);
    return h.awaitReadyTrue(NS, "platform-resources");
  }

  @Test
  void createAppliesAllObjectsInApplyOrderAndReportsReady() {
    ResourceSet rs = createExample();
    assertThat(rs.getStatus().inventoryEntries()).hasSize(12);
    assertThat(rs.getStatus().inventoryEntries().get(0))
        .isEqualTo(
            Map.of("id", "flux-system_cert-manager_helm.toolkit.fluxcd.io_HelmRelease", "v", "v2"));
    GenericKubernetesResource hr =
        h.object("helm.toolkit.fluxcd.io/v2", "HelmRelease", NS, "cert-manager");
    assertThat(hr.getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/part-of", "platform")
        .containsEntry("resourceset.fluxcd.controlplane.io/name", "platform-resources");
    assertThat(h.eventLines(NS, "platform-resources"))
        .contains(
            "Normal ApplySucceeded "
                + String.join(
                    "\n",
                    "HelmRelease/flux-system/cert-manager created",
                    "HelmRelease/flux-system/cilium created",
                    "HelmRelease/flux-system/cloudnative-pg created",
                    "HelmRelease/flux-system/kube-prometheus-stack created",
                    "Kustomization/flux-system/cert-manager-config created",
                    "Kustomization/flux-system/cilium-config created",
                    "Kustomization/flux-system/cloudnative-pg-config created",
                    "Kustomization/flux-system/kube-prometheus-stack-config created",
                    "HelmRepository/flux-system/cert-manager created",
                    "HelmRepository/flux-system/cilium created",
                    "HelmRepository/flux-system/cloudnative-pg created",
                    "HelmRepository/flux-system/kube-prometheus-stack created"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches("Normal ReconciliationSucceeded Reconciliation finished in .*"));
    Map<String, Object> history = rs.getStatus().objects("history").get(0);
    assertThat(history)
        .containsEntry("lastReconciledStatus", "ReconciliationSucceeded")
        .containsEntry("totalReconciliations", 1)
        .containsEntry("metadata", Map.of("inputs", "4", "resources", "12"))
        .containsEntry("digest", rs.getStatus().lastAppliedRevision());
  }

  @Test
  void anUnchangedReconcileWritesNothingAndAChangedInputWritesOnlyTheChangedObject() {
    ResourceSet first = createExample();
    long mark = h.cluster.requests().size();
    h.client
        .resources(ResourceSet.class)
        .inNamespace(NS)
        .withName("platform-resources")
        .edit(
            rs -> {
              rs.getMetadata().getAnnotations().put("reconcile.fluxcd.io/requestedAt", "now");
              return rs;
            });
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                "now".equals(h.get(NS, "platform-resources").getStatus().lastHandledReconcileAt()));
    assertThat(fluxWrites(mark)).isEmpty();

    mark = h.cluster.requests().size();
    h.update(example.replace("version: \"${cert_manager_version}\"", "version: \"1.17.0\""));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                !first
                    .getStatus()
                    .lastAppliedRevision()
                    .equals(h.get(NS, "platform-resources").getStatus().lastAppliedRevision()));
    assertThat(fluxWrites(mark))
        .extracting(c -> c.method() + " " + c.path())
        .containsExactly(
            "PATCH /apis/helm.toolkit.fluxcd.io/v2/namespaces/flux-system/helmreleases/cert-manager");
    assertThat(
            h.object("helm.toolkit.fluxcd.io/v2", "HelmRelease", NS, "cert-manager")
                .get("spec", "chart", "spec", "version")
                .toString())
        .isEqualTo("1.17.0");
  }

  @Test
  void removingAnInputDeletesExactlyItsObjectsExceptPruneDisabledOnes() {
    createExample();
    h.client
        .genericKubernetesResources("source.toolkit.fluxcd.io/v1", "HelmRepository")
        .inNamespace(NS)
        .withName("cloudnative-pg")
        .edit(
            r -> {
              r.getMetadata().getLabels().put("fluxcd.controlplane.io/prune", "Disabled");
              return r;
            });
    long mark = h.cluster.requests().size();
    int start = example.indexOf("    - name: cloudnative-pg");
    int end = example.indexOf("    - name: kube-prometheus-stack");
    h.update(example.substring(0, start) + example.substring(end));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> h.get(NS, "platform-resources").getStatus().inventoryEntries().size() == 9);

    assertThat(fluxWrites(mark))
        .extracting(c -> c.method() + " " + c.path())
        .containsExactly(
            "DELETE /apis/kustomize.toolkit.fluxcd.io/v1/namespaces/flux-system/kustomizations/cloudnative-pg-config",
            "DELETE /apis/helm.toolkit.fluxcd.io/v2/namespaces/flux-system/helmreleases/cloudnative-pg");
    assertThat(h.object("source.toolkit.fluxcd.io/v1", "HelmRepository", NS, "cloudnative-pg"))
        .isNotNull();
    assertThat(h.object("helm.toolkit.fluxcd.io/v2", "HelmRelease", NS, "cloudnative-pg")).isNull();
    assertThat(h.object("helm.toolkit.fluxcd.io/v2", "HelmRelease", NS, "cilium")).isNotNull();
    assertThat(h.eventLines(NS, "platform-resources"))
        .contains(
            "Normal ApplySucceeded "
                + String.join(
                    "\n",
                    "Kustomization/flux-system/cloudnative-pg-config deleted",
                    "HelmRelease/flux-system/cloudnative-pg deleted",
                    "HelmRepository/flux-system/cloudnative-pg skipped"));
  }

  @Test
  void deletingTheResourceSetUninstallsItsObjects() {
    createExample();
    GenericKubernetesResource foreign = new GenericKubernetesResource();
    foreign.setApiVersion("helm.toolkit.fluxcd.io/v2");
    foreign.setKind("HelmRelease");
    foreign.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName("foreign")
            .withNamespace(NS)
            .build());
    h.client.resource(foreign).create();
    h.client.resources(ResourceSet.class).inNamespace(NS).withName("platform-resources").delete();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> h.get(NS, "platform-resources") == null);
    for (String kind : List.of("HelmRelease", "HelmRepository")) {
      String api =
          kind.equals("HelmRelease") ? "helm.toolkit.fluxcd.io/v2" : "source.toolkit.fluxcd.io/v1";
      assertThat(h.client.genericKubernetesResources(api, kind).inNamespace(NS).list().getItems())
          .extracting(r -> r.getMetadata().getName())
          .isEqualTo(kind.equals("HelmRelease") ? List.of("foreign") : List.of());
    }
    assertThat(h.get(NS, "platform-namespaces")).isNotNull();
  }
}
