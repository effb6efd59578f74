package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rset.operator.api.ResourceSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code reconcile: disabled}, {@code requestedAt} and {@code reconcileEvery} (spec §1.6). */
class AnnotationsTest {
  private OperatorHarness h;

  @BeforeEach
  void start() {
    h = OperatorHarness.start();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  static String rset(String annotations, String data) {
    return """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: app
          namespace: apps
          annotations:
        %s
        spec:
          resources:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: app
                namespace: apps
              data:
                v: "%s"
        """
        .formatted(annotations.indent(4).stripTrailing(), data);
  }

  private String data() {
    var cm = h.client.configMaps().inNamespace("apps").withName("app").get();
    return cm == null ? null : cm.getData().get("v");
  }

  @Test
  void aDisabledResourceSetIsNotReconciled() {
    h.create(rset("fluxcd.controlplane.io/reconcile: Disabled", "1"));
    ResourceSet rs = h.awaitReason("apps", "app", "True", "ReconciliationDisabled");
    assertThat(rs.getStatus().condition("Ready").get("message"))
        .isEqualTo("Initialized with reconciliation suspended");
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                h.eventLines("apps", "app")
                    .contains("Warning ReconciliationDisabled Reconciliation is disabled"));
    assertThat(data()).isNull();

    h.update(rset("fluxcd.controlplane.io/reconcile: enabled", "2"));
    h.awaitReason("apps", "app", "True", "ReconciliationSucceeded");
    assertThat(data()).isEqualTo("2");

    h.update(
        rset(
            "fluxcd.controlplane.io/reconcile: disabled\nreconcile.fluxcd.io/requestedAt: t1",
            "3"));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> "t1".equals(h.get("apps", "app").getStatus().lastHandledReconcileAt()));
    assertThat(data()).isEqualTo("2");
    assertThat(h.get("apps", "app").getStatus().condition("Ready").get("reason"))
        .isEqualTo("ReconciliationSucceeded");

    // deleting a disabled ResourceSet orphans its objects
    h.client.resources(ResourceSet.class).inNamespace("apps").withName("app").delete();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> h.get("apps", "app") == null);
    assertThat(data()).isEqualTo("2");
  }

  @Test
  void requestedAtIsEchoedAfterTheReconcileItTriggered() {
    h.create(rset("reconcile.fluxcd.io/requestedAt: first", "1"));
    ResourceSet rs = h.awaitReadyTrue("apps", "app");
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> "first".equals(h.get("apps", "app").getStatus().lastHandledReconcileAt()));
    h.client
        .configMaps()
        .inNamespace("apps")
        .withName("app")
        .edit(
            cm -> {
              cm.getData().put("v", "drifted");
              return cm;
            });
    h.client
        .resources(ResourceSet.class)
        .inNamespace("apps")
        .withName("app")
        .edit(
            r -> {
              r.getMetadata().getAnnotations().put("reconcile.fluxcd.io/requestedAt", "second");
              return r;
            });
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> "second".equals(h.get("apps", "app").getStatus().lastHandledReconcileAt()));
    assertThat(data()).isEqualTo("1");
    Map<String, Object> history = h.get("apps", "app").getStatus().objects("history").get(0);
    assertThat(history.get("totalReconciliations")).isEqualTo(2);
    assertThat(history.get("digest")).isEqualTo(rs.getStatus().lastAppliedRevision());
  }

  @Test
  void reconcileEveryRequeuesAndCorrectsDrift() {
    h.create(rset("fluxcd.controlplane.io/reconcileEvery: 300ms", "1"));
    h.awaitReadyTrue("apps", "app");
    h.client
        .configMaps()
        .inNamespace("apps")
        .withName("app")
        .edit(
            cm -> {
              cm.getData().put("v", "drifted");
              return cm;
            });
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> "1".equals(data()));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                ((Number)
                            h.get("apps", "app")
                                .getStatus()
                                .objects("history")
                                .get(0)
                                .get("totalReconciliations"))
                        .intValue()
                    >= 3);
  }
}
