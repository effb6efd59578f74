package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.FieldsV1;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.rset.kubetesting.RecordedCall;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The managedFields part of the metadata cleanup (spec §4.4.3) against the mock server: fields of
 * kubectl, kustomize-controller and {@code --override-manager} names move to {@code flux-operator};
 * once moved, a reconcile without changes writes nothing.
 */
class ManagedFieldsTakeoverTest {
  private static final String CONFIG_MAPS = "/api/v1/namespaces/apps/configmaps/settings";
  private static final String RSET =
      """
      apiVersion: fluxcd.controlplane.io/v1
      kind: ResourceSet
      metadata:
        name: settings
        namespace: apps
        annotations:
          reconcile.fluxcd.io/requestedAt: "%s"
      spec:
        resources:
          - apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
              namespace: apps
            data:
              a: "1"
              b: "2"
      """;

  private OperatorHarness h;

  @AfterEach
  void stop() {
    h.close();
  }

  private static ManagedFieldsEntry entry(String manager, String operation, String... dataKeys) {
    FieldsV1 fields = new FieldsV1();
    Map<String, Object> data = new java.util.LinkedHashMap<>();
    for (String k : dataKeys) {
      data.put("f:" + k, Map.of());
    }
    fields.setAdditionalProperty("f:data", data);
    return new ManagedFieldsEntryBuilder()
        .withManager(manager)
        .withOperation(operation)
        .withApiVersion("v1")
        .withTime("2024-01-01T00:00:00Z")
        .withFieldsType("FieldsV1")
        .withFieldsV1(fields)
        .build();
  }

  private void preCreate(ManagedFieldsEntry... entries) {
    h.client
        .configMaps()
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("settings")
                .withNamespace("apps")
                .withManagedFields(entries)
                .endMetadata()
                .withData(Map.of("a", "1", "b", "2"))
                .build())
        .create();
    assertThat(stored().getMetadata().getManagedFields()).hasSize(entries.length);
  }

  private ConfigMap stored() {
    return h.client.configMaps().inNamespace("apps").withName("settings").get();
  }

  private static List<String> managers(ConfigMap cm) {
    return cm.getMetadata().getManagedFields().stream()
        .map(e -> e.getManager() + "/" + e.getOperation())
        .toList();
  }

  private void reconcileAgain(String requestedAt) {
    h.update(RSET.formatted(requestedAt));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                requestedAt.equals(h.get("apps", "settings").getStatus().lastHandledReconcileAt()));
  }

  private List<RecordedCall> objectWrites(long mark) {
    return h.cluster.requests().since(mark).stream()
        .filter(RecordedCall::isWrite)
        .filter(c -> c.path().startsWith(CONFIG_MAPS))
        .toList();
  }

  private List<RecordedCall> jsonPatches(long mark) {
    return objectWrites(mark).stream()
        .filter(c -> c.contentType().equals("application/json-patch+json"))
        .toList();
  }

  @Test
  void kubectlAndKustomizeControllerFieldsMoveToFluxOperatorOnce() {
    h = OperatorHarness.start();
    preCreate(
        entry("kubectl-client-side-apply", "Update", "a"),
        entry("kube-controller-manager", "Update", "z"),
        entry("kustomize-controller", "Apply", "b"));
    long mark = h.cluster.requests().size();

    h.create(RSET.formatted("1"));
    h.awaitReadyTrue("apps", "settings");

    ConfigMap cm = stored();
    assertThat(managers(cm))
        .containsExactly("kube-controller-manager/Update", "flux-operator/Apply");
    ManagedFieldsEntry flux = cm.getMetadata().getManagedFields().get(1);
    assertThat(flux.getApiVersion()).isEqualTo("v1");
    assertThat(flux.getFieldsType()).isEqualTo("FieldsV1");
    assertThat(flux.getFieldsV1().getAdditionalProperties())
        .isEqualTo(Map.of("f:data", Map.of("f:a", Map.of(), "f:b", Map.of())));
    List<RecordedCall> patches = jsonPatches(mark);
    assertThat(patches).hasSize(1);
    assertThat(patches.get(0).body())
        .contains("\"op\":\"replace\"", "\"path\":\"/metadata/managedFields\"");

    long idle = h.cluster.requests().size();
    reconcileAgain("2");
    assertThat(objectWrites(idle)).isEmpty();
    assertThat(managers(stored()))
        .containsExactly("kube-controller-manager/Update", "flux-operator/Apply");
  }

  @Test
  void overrideManagersAreTakenOverAndOthersKept() {
    h = OperatorHarness.start(s -> s.withOverrideManagers(List.of("argocd-controller")));
    preCreate(entry("argocd-controller", "Update", "a"), entry("argocd", "Update", "b"));

    h.create(RSET.formatted("1"));
    h.awaitReadyTrue("apps", "settings");

    ConfigMap cm = stored();
    assertThat(managers(cm)).containsExactly("argocd/Update", "flux-operator/Apply");
    assertThat(cm.getMetadata().getManagedFields().get(1).getFieldsV1().getAdditionalProperties())
        .isEqualTo(Map.of("f:data", Map.of("f:a", Map.of())));
  }

  @Test
  void anObjectWithoutForeignManagersGetsNoCleanupPatch() {
    h = OperatorHarness.start();
    preCreate(entry("kube-controller-manager", "Update", "a", "b"));
    long mark = h.cluster.requests().size();

    h.create(RSET.formatted("1"));
    h.awaitReadyTrue("apps", "settings");

    assertThat(jsonPatches(mark)).isEmpty();
    assertThat(objectWrites(mark)).extracting(RecordedCall::isApply).containsExactly(true);
    assertThat(managers(stored())).containsExactly("kube-controller-manager/Update");
  }
}
