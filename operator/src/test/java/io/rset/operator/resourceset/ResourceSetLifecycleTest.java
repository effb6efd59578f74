package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.operator.api.ResourceSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The full lifecycle of a ResourceSet on the mock cluster. */
class ResourceSetLifecycleTest {
  private OperatorHarness h;

  @BeforeEach
  void start() {
    h = OperatorHarness.start();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  static final String APPS =
      """
      apiVersion: fluxcd.controlplane.io/v1
      kind: ResourceSet
      metadata:
        name: apps
        namespace: flux-system
      spec:
        inputs:
          - tenant: alpha
            replicas: 2
          - tenant: beta
            replicas: 1
        resources:
          - apiVersion: v1
            kind: Namespace
            metadata:
              name: << inputs.tenant >>
          - apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
              namespace: << inputs.tenant >>
            data:
              replicas: << inputs.replicas | quote >>
      """;

  @Test
  void createAppliesEverythingAndReportsReady() {
    h.create(APPS);
    ResourceSet rs = h.awaitReadyTrue("flux-system", "apps");
    Map<String, Object> ready = rs.getStatus().condition("Ready");
    assertThat(ready.get("reason")).isEqualTo("ReconciliationSucceeded");
    assertThat((String) ready.get("message")).matches("Reconciliation finished in [0-9.]+m?s");
    assertThat(rs.getStatus().condition("Reconciling")).isNull();
    assertThat(rs.getStatus().inventoryEntries())
        .extracting(e -> e.get("id"))
        .containsExactly(
            "_alpha__Namespace",
            "_beta__Namespace",
            "alpha_settings__ConfigMap",
            "beta_settings__ConfigMap");
    assertThat(rs.getStatus().lastAppliedRevision()).startsWith("sha256:");
    assertThat(
            h.object("v1", "ConfigMap", "alpha", "settings").getAdditionalProperties().get("data"))
        .isEqualTo(Map.of("replicas", "2"));
    assertThat(h.object("v1", "ConfigMap", "beta", "settings").getMetadata().getLabels())
        .containsEntry("resourceset.fluxcd.controlplane.io/name", "apps")
        .containsEntry("resourceset.fluxcd.controlplane.io/namespace", "flux-system");
    assertThat(rs.getMetadata().getFinalizers()).contains("fluxcd.controlplane.io/finalizer");
  }
}
