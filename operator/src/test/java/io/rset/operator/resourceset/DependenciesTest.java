package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.rset.operator.api.ResourceSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code spec.dependsOn} (spec §4.3) on the mock cluster. */
class DependenciesTest {
  private OperatorHarness h;

  @BeforeEach
  void start() {
    h = OperatorHarness.start();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  static String rset(String name, String dependsOn) {
    return """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: %s
          namespace: apps
        spec:
          dependsOn:
        %s
          resources:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: %s
                namespace: apps
        """
        .formatted(name, dependsOn.indent(4).stripTrailing(), name);
  }

  @Test
  void aMissingDependencyIsRetriedUntilItExists() {
    h.create(
        rset(
            "app",
            """
            - apiVersion: fluxcd.controlplane.io/v1
              kind: ResourceSet
              name: infra
              namespace: apps
            """));
    ResourceSet rs = h.awaitReason("apps", "app", "False", "DependencyNotReady");
    assertThat(rs.getStatus().condition("Ready").get("message"))
        .isEqualTo(
            "Retrying dependency check: dependency fluxcd.controlplane.io/v1/ResourceSet/apps/infra"
                + " not found: resourcesets.fluxcd.controlplane.io \"infra\" not found");
    assertThat(rs.getStatus().condition("Reconciling").get("reason"))
        .isEqualTo("ProgressingWithRetry");
    h.create(rset("infra", "[]"));
    h.awaitReadyTrue("apps", "app");
    assertThat(h.eventLines("apps", "app"))
        .filteredOn(l -> l.contains("DependencyNotReady"))
        .hasSize(1)
        .first()
        .asString()
        .startsWith("Normal DependencyNotReady Retrying dependency check:");
  }

  @Test
  void aNotReadyResourceSetDependencyBlocksUntilReady() {
    h.create(
        rset(
            "infra",
            """
            - apiVersion: v1
              kind: ConfigMap
              name: gate
              namespace: apps
            """));
    h.create(
        rset(
            "app",
            """
            - apiVersion: fluxcd.controlplane.io/v1
              kind: ResourceSet
              name: infra
              namespace: apps
              ready: true
            """));
    // before infra has conditions the built-in expression fails to evaluate (spec §4.3); once
    // infra reports Ready=False the dependency is "not ready"
    String notReady =
        "Retrying dependency check: dependency fluxcd.controlplane.io/v1/ResourceSet/apps/infra"
            + " not ready";
    h.awaitReady("apps", "app", c -> notReady.equals(c.get("message")));
    h.client
        .configMaps()
        .inNamespace("apps")
        .resource(
            new io.fabric8.kubernetes.api.model.ConfigMapBuilder()
                .withNewMetadata()
                .withName("gate")
                .withNamespace("apps")
                .endMetadata()
                .build())
        .create();
    h.awaitReadyTrue("apps", "infra");
    h.awaitReadyTrue("apps", "app");
  }

  @Test
  void readyExpressionsTrueFalseAndInvalid() {
    h.client
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("creds")
                .withNamespace("other")
                .addToAnnotations("kubectl.kubernetes.io/last-applied-configuration", "{}")
                .endMetadata()
                .addToData("token", "c2VjcmV0")
                .build())
        .create();
    h.client
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("local")
                .withNamespace("apps")
                .endMetadata()
                .addToData("token", "c2VjcmV0")
                .build())
        .create();
    h.create(
        rset(
            "same-ns",
            """
            - apiVersion: v1
              kind: Secret
              name: local
              namespace: apps
              ready: true
              readyExpr: size(data) == 1
            """));
    h.awaitReadyTrue("apps", "same-ns");

    // another namespace: data is dropped, and so is the last-applied annotation
    h.create(
        rset(
            "cross-ns",
            """
            - apiVersion: v1
              kind: Secret
              name: creds
              namespace: other
              ready: true
              readyExpr: |
                size(data) == 1
            """));
    ResourceSet cross = h.awaitReason("apps", "cross-ns", "False", "DependencyNotReady");
    assertThat(cross.getStatus().condition("Ready").get("message").toString())
        .startsWith(
            "Retrying dependency check: failed to evaluate the CEL expression 'size(data) == 1\n': ")
        .doesNotContain("c2VjcmV0")
        .doesNotContain("secret");
    h.create(
        rset(
            "cross-ns-meta",
            """
            - apiVersion: v1
              kind: Secret
              name: creds
              namespace: other
              ready: true
              readyExpr: "!('kubectl.kubernetes.io/last-applied-configuration' in metadata.annotations) && !('data' in metadata)"
            """));
    h.awaitReadyTrue("apps", "cross-ns-meta");

    h.create(
        rset(
            "expr-false",
            """
            - apiVersion: v1
              kind: Secret
              name: local
              namespace: apps
              ready: true
              readyExpr: metadata.name == 'other'
            """));
    ResourceSet f = h.awaitReason("apps", "expr-false", "False", "DependencyNotReady");
    assertThat(f.getStatus().condition("Ready").get("message"))
        .isEqualTo(
            "Retrying dependency check: dependency v1/Secret/apps/local not ready: expression"
                + " 'metadata.name == 'other''");

    h.create(
        rset(
            "expr-invalid",
            """
            - apiVersion: v1
              kind: Secret
              name: local
              namespace: apps
              ready: true
              readyExpr: metadata.name ==
            """));
    ResourceSet inv = h.awaitReason("apps", "expr-invalid", "False", "InvalidCELExpression");
    String msg = (String) inv.getStatus().condition("Ready").get("message");
    assertThat(msg)
        .startsWith(
            "Reconciliation failed terminally due to configuration error: failed to parse"
                + " expression for dependency v1/Secret/apps/local: failed to parse the CEL"
                + " expression 'metadata.name ==': ");
    assertThat(inv.getStatus().condition("Stalled"))
        .containsEntry("status", "True")
        .containsEntry("reason", "InvalidCELExpression")
        .containsEntry("message", msg);
    assertThat(inv.getStatus().condition("Reconciling")).isNull();
    assertThat(h.eventLines("apps", "expr-invalid"))
        .contains("Warning InvalidCELExpression " + msg);
    // a readyExpr without ready: true is ignored, not even parsed
    h.create(
        rset(
            "expr-ignored",
            """
            - apiVersion: v1
              kind: Secret
              name: local
              namespace: apps
              readyExpr: metadata.name ==
            """));
    h.awaitReadyTrue("apps", "expr-ignored");
  }

  @Test
  void otherKindsUseKstatus() {
    h.client
        .resource(
            new io.fabric8.kubernetes.api.model.apps.DeploymentBuilder()
                .withNewMetadata()
                .withName("db")
                .withNamespace("apps")
                .withGeneration(1L)
                .endMetadata()
                .withNewSpec()
                .withReplicas(1)
                .endSpec()
                .build())
        .create();
    h.create(
        rset(
            "app",
            """
            - apiVersion: apps/v1
              kind: Deployment
              name: db
              namespace: apps
              ready: true
            """));
    ResourceSet rs = h.awaitReason("apps", "app", "False", "DependencyNotReady");
    assertThat(rs.getStatus().condition("Ready").get("message"))
        .isEqualTo(
            "Retrying dependency check: dependency apps/v1/Deployment/apps/db not ready: status"
                + " InProgress");
    var d = h.client.apps().deployments().inNamespace("apps").withName("db").get();
    d.setStatus(
        new io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder()
            .withObservedGeneration(d.getMetadata().getGeneration())
            .withReplicas(1)
            .withUpdatedReplicas(1)
            .withReadyReplicas(1)
            .withAvailableReplicas(1)
            .build());
    h.client.resource(d).updateStatus();
    h.awaitReadyTrue("apps", "app");
    assertThat(Map.of()).isEmpty();
  }
}
