package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.core.time.GoDuration;
import io.rset.operator.status.Conditions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small pure pieces: durations, conditions, inventory ids, history, apply order, kstatus. */
class UnitsTest {
  @Test
  void goDurations() {
    assertThat(GoDuration.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(GoDuration.parse("-1.5s")).isEqualTo(Duration.ofMillis(-1500));
    assertThat(GoDuration.parse("0")).isEqualTo(Duration.ZERO);
    assertThat(GoDuration.parse("300ms")).isEqualTo(Duration.ofMillis(300));
    assertThat(GoDuration.parse("2us")).isEqualTo(Duration.ofNanos(2000));
    assertThatThrownBy(() -> GoDuration.parse("1d"))
        .hasMessage("time: unknown unit \"d\" in duration \"1d\"");
    assertThatThrownBy(() -> GoDuration.parse("")).hasMessage("time: invalid duration \"\"");
    assertThat(GoDuration.parseOr("bogus", Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
    assertThat(GoDuration.format(Duration.ofSeconds(52))).isEqualTo("52s");
    assertThat(GoDuration.format(Duration.ofSeconds(65))).isEqualTo("1m5s");
    assertThat(GoDuration.format(Duration.ofHours(2))).isEqualTo("2h0m0s");
    assertThat(GoDuration.format(Duration.ofMillis(345))).isEqualTo("345ms");
    assertThat(GoDuration.format(Duration.ofNanos(2_818_583_000L))).isEqualTo("2.818583s");
    assertThat(GoDuration.format(Duration.ofNanos(1_500))).isEqualTo("1.5µs");
    assertThat(GoDuration.format(Duration.ZERO)).isEqualTo("0s");
    assertThat(GoDuration.elapsed(Duration.ofNanos(344_600_000))).isEqualTo("345ms");
    assertThat(GoDuration.elapsed(Duration.ofMillis(52_499))).isEqualTo("52s");
    assertThat(GoDuration.elapsed(Duration.ofMillis(64_500))).isEqualTo("1m5s");
    assertThat(GoDuration.elapsed(Duration.ofMillis(999_600))).isEqualTo("16m40s");
  }

  @Test
  void conditionMechanics() {
    Instant t1 = Instant.parse("2026-01-01T00:00:00.700Z");
    Instant t2 = Instant.parse("2026-01-01T00:05:00Z");
    Conditions c = new Conditions(List.of());
    c.set("Ready", "Unknown", "Progressing", "Reconciliation in progress", 1L, t1);
    c.set("Reconciling", "True", "Progressing", "Reconciliation in progress", 1L, t1);
    c.set("Stalled", "True", "BuildFailed", "x", 1L, t1);
    assertThat(c.list())
        .extracting(m -> m.get("type"))
        .containsExactly("Stalled", "Reconciling", "Ready");
    assertThat(c.get("Ready")).containsEntry("lastTransitionTime", "2026-01-01T00:00:00Z");
    c.set("Ready", "Unknown", "Progressing", "Reconciliation in progress", 2L, t2);
    assertThat(c.get("Ready"))
        .containsEntry("lastTransitionTime", "2026-01-01T00:00:00Z")
        .containsEntry("observedGeneration", 2L);
    c.set("Ready", "True", "ReconciliationSucceeded", "done", 2L, t2);
    assertThat(c.get("Ready")).containsEntry("lastTransitionTime", "2026-01-01T00:05:00Z");
    String longMessage = "é".repeat(20_000);
    c.set("Ready", "False", "ReconciliationFailed", longMessage, 2L, t2);
    String cut = (String) c.get("Ready").get("message");
    assertThat(cut).endsWith("...");
    assertThat(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(32768);
  }

  @Test
  void inventoryIds() {
    ObjectRef ns = new ObjectRef("", "v1", "Namespace", "", "team1");
    assertThat(ns.id()).isEqualTo("_team1__Namespace");
    ObjectRef hr = new ObjectRef("helm.toolkit.fluxcd.io", "v2", "HelmRelease", "apps", "podinfo");
    assertThat(hr.id()).isEqualTo("apps_podinfo_helm.toolkit.fluxcd.io_HelmRelease");
    ObjectRef role =
        new ObjectRef("rbac.authorization.k8s.io", "v1", "ClusterRole", "", "system:controller");
    assertThat(role.id()).isEqualTo("_system__controller_rbac.authorization.k8s.io_ClusterRole");
    assertThat(ObjectRef.parseId(role.id(), "v1")).isEqualTo(role);
    assertThat(ObjectRef.parseId("apps_my_app_apps_Deployment", "v1"))
        .isEqualTo(new ObjectRef("apps", "v1", "Deployment", "apps", "my_app"));
    assertThat(ObjectRef.parseId("nounderscore", "v1")).isNull();
    assertThat(hr.display()).isEqualTo("HelmRelease/apps/podinfo");
    assertThat(ns.display()).isEqualTo("Namespace/team1");

    Inventory old =
        Inventory.read(
            List.of(
                Map.of("id", "b_x__ConfigMap", "v", "v1"),
                Map.of("id", "a_x__ConfigMap", "v", "v1")));
    Inventory next = new Inventory();
    next.add(new ObjectRef("", "v1", "ConfigMap", "c", "x"));
    next.add(new ObjectRef("", "v1", "ConfigMap", "a", "x"));
    assertThat(old.staleComparedTo(next))
        .extracting(ObjectRef::id)
        .containsExactly("b_x__ConfigMap");
    assertThat(Inventory.sortedUnion(old, next).refs())
        .extracting(ObjectRef::id)
        .containsExactly("a_x__ConfigMap", "b_x__ConfigMap", "c_x__ConfigMap");
    assertThat(new Inventory().toStatus()).isEqualTo(Map.of("entries", List.of()));
  }

  @Test
  void historyKeepsFiveNewestDeduplicatedOnDigestAndStatus() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    List<Map<String, Object>> h = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      h =
          History.upsert(
              h,
              "d" + i,
              t.plusSeconds(i),
              Duration.ofSeconds(1),
              "ReconciliationSucceeded",
              Map.of("inputs", "1"));
    }
    assertThat(h)
        .hasSize(5)
        .extracting(m -> m.get("digest"))
        .containsExactly("d6", "d5", "d4", "d3", "d2");
    h =
        History.upsert(
            h,
            "d4",
            t.plusSeconds(100),
            Duration.ofMillis(2818),
            "ReconciliationSucceeded",
            Map.of());
    assertThat(h.get(0))
        .containsEntry("digest", "d4")
        .containsEntry("totalReconciliations", 2L)
        .containsEntry("firstReconciled", "2026-01-01T00:00:04Z")
        .containsEntry("lastReconciled", "2026-01-01T00:01:40Z")
        .containsEntry("lastReconciledDuration", "2.818s")
        .doesNotContainKey("metadata");
    h = History.upsert(h, "d4", t, Duration.ZERO, "ReconciliationFailed", null);
    assertThat(h).hasSize(5);
    assertThat(h.get(0)).containsEntry("lastReconciledStatus", "ReconciliationFailed");
  }

  @Test
  void applyStagesAndOrder() {
    List<Map<String, Object>> objects = new ArrayList<>();
    for (String[] o :
        new String[][] {
          {"apps/v1", "Deployment", "a", "web"},
          {"v1", "ConfigMap", "a", "cfg"},
          {"rbac.authorization.k8s.io/v1", "Role", "a", "r"},
          {"storage.k8s.io/v1", "StorageClass", "", "fast"},
          {"apiextensions.k8s.io/v1", "CustomResourceDefinition", "", "x.y"},
          {"v1", "Namespace", "", "a"},
          {"admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration", "", "hook"},
          {"example.io/v1", "Widget", "a", "w"},
          {"v1", "Secret", "a", "s"}
        }) {
      objects.add(
          Map.of(
              "apiVersion",
              o[0],
              "kind",
              o[1],
              "metadata",
              Map.of("namespace", o[2], "name", o[3])));
    }
    List<List<Map<String, Object>>> stages = ApplyOrder.stages(objects);
    assertThat(stages.get(0))
        .extracting(o -> o.get("kind"))
        .containsExactly("CustomResourceDefinition", "Namespace");
    assertThat(stages.get(1)).extracting(o -> o.get("kind")).containsExactly("StorageClass");
    assertThat(stages.get(2)).extracting(o -> o.get("kind")).containsExactly("Role");
    assertThat(stages.get(3))
        .extracting(o -> o.get("kind"))
        .containsExactly(
            "ConfigMap", "Secret", "Deployment", "Widget", "ValidatingWebhookConfiguration");
  }

  @Test
  void kstatusRules() {
    assertThat(KStatus.compute(Map.of("apiVersion", "v1", "kind", "ConfigMap")).status())
        .isEqualTo(KStatus.Status.Current);
    Map<String, Object> deploy =
        Map.of(
            "apiVersion",
            "apps/v1",
            "kind",
            "Deployment",
            "metadata",
            Map.of("generation", 2L),
            "spec",
            Map.of("replicas", 2L),
            "status",
            Map.of(
                "observedGeneration",
                2L,
                "replicas",
                2L,
                "updatedReplicas",
                2L,
                "readyReplicas",
                1L,
                "availableReplicas",
                2L));
    assertThat(KStatus.compute(deploy).status()).isEqualTo(KStatus.Status.InProgress);
    Map<String, Object> stale =
        Map.of(
            "apiVersion",
            "apps/v1",
            "kind",
            "Deployment",
            "metadata",
            Map.of("generation", 3L),
            "status",
            Map.of("observedGeneration", 2L));
    assertThat(KStatus.compute(stale).status()).isEqualTo(KStatus.Status.InProgress);
    Map<String, Object> deadline =
        Map.of(
            "apiVersion",
            "apps/v1",
            "kind",
            "Deployment",
            "status",
            Map.of(
                "conditions",
                List.of(
                    Map.of(
                        "type",
                        "Progressing",
                        "status",
                        "False",
                        "reason",
                        "ProgressDeadlineExceeded"))));
    assertThat(KStatus.compute(deadline).status()).isEqualTo(KStatus.Status.Failed);
    assertThat(
            KStatus.compute(
                    Map.of(
                        "apiVersion",
                        "v1",
                        "kind",
                        "PersistentVolumeClaim",
                        "status",
                        Map.of("phase", "Pending")))
                .status())
        .isEqualTo(KStatus.Status.InProgress);
    assertThat(
            KStatus.compute(
                    Map.of(
                        "apiVersion",
                        "v1",
                        "kind",
                        "Service",
                        "spec",
                        Map.of("type", "LoadBalancer")))
                .status())
        .isEqualTo(KStatus.Status.InProgress);
    assertThat(
            KStatus.compute(
                    Map.of(
                        "apiVersion",
                        "apps/v1",
                        "kind",
                        "DaemonSet",
                        "status",
                        Map.of(
                            "desiredNumberScheduled",
                            2L,
                            "updatedNumberScheduled",
                            2L,
                            "numberAvailable",
                            2L,
                            "numberReady",
                            2L)))
                .status())
        .isEqualTo(KStatus.Status.Current);
    assertThat(
            KStatus.compute(
                    Map.of(
                        "apiVersion",
                        "apps/v1",
                        "kind",
                        "StatefulSet",
                        "spec",
                        Map.of("replicas", 1L),
                        "status",
                        Map.of(
                            "readyReplicas",
                            1L,
                            "currentReplicas",
                            1L,
                            "updatedReplicas",
                            1L,
                            "currentRevision",
                            "a",
                            "updateRevision",
                            "b")))
                .status())
        .isEqualTo(KStatus.Status.InProgress);
    Map<String, Object> hr =
        Map.of(
            "apiVersion",
            "helm.toolkit.fluxcd.io/v2",
            "kind",
            "HelmRelease",
            "metadata",
            Map.of("generation", 1L),
            "status",
            Map.of(
                "conditions",
                List.of(Map.of("type", "Ready", "status", "False", "message", "install failed"))));
    assertThat(KStatus.compute(hr)).isEqualTo(KStatus.Result.inProgress("install failed"));
    Map<String, Object> stalled =
        Map.of(
            "apiVersion",
            "x/v1",
            "kind",
            "X",
            "status",
            Map.of(
                "conditions",
                List.of(Map.of("type", "Stalled", "status", "True", "message", "bad"))));
    assertThat(KStatus.compute(stalled).status()).isEqualTo(KStatus.Status.Failed);
    assertThat(
            KStatus.compute(
                    Map.of(
                        "apiVersion",
                        "apiextensions.k8s.io/v1",
                        "kind",
                        "CustomResourceDefinition"))
                .status())
        .isEqualTo(KStatus.Status.InProgress);
  }

  @Test
  void secretsAreRedacted() {
    Map<String, Object> secret =
        Map.of(
            "apiVersion",
            "v1",
            "kind",
            "Secret",
            "data",
            Map.of("t", "c2VjcmV0"),
            "stringData",
            Map.of("p", "pw"));
    assertThat(SecretRedactor.redact("x secret c2VjcmV0 pw y", secret))
        .isEqualTo("x [redacted] [redacted] [redacted] y");
    assertThat(SecretRedactor.redact("secret", Map.of("apiVersion", "v1", "kind", "ConfigMap")))
        .isEqualTo("secret");
  }

  @Test
  void driftIgnoresServerFields() {
    Map<String, Object> current =
        Map.of(
            "apiVersion",
            "v1",
            "kind",
            "ConfigMap",
            "metadata",
            Map.of(
                "name",
                "a",
                "resourceVersion",
                "5",
                "uid",
                "u",
                "generation",
                1L,
                "creationTimestamp",
                "t",
                "managedFields",
                List.of()),
            "data",
            Map.of("k", "v"));
    Map<String, Object> dry =
        Map.of(
            "apiVersion",
            "v1",
            "kind",
            "ConfigMap",
            "metadata",
            Map.of("name", "a", "resourceVersion", "6"),
            "data",
            Map.of("k", "v"));
    assertThat(Applier.drifted(current, dry)).isFalse();
    assertThat(
            Applier.drifted(
                current,
                Map.of(
                    "apiVersion",
                    "v1",
                    "kind",
                    "ConfigMap",
                    "metadata",
                    Map.of("name", "a"),
                    "data",
                    Map.of("k", "w"))))
        .isTrue();
  }
}
