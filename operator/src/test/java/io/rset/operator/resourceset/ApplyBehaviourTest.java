package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.rset.kubetesting.FaultRule;
import io.rset.kubetesting.RecordedCall;
import io.rset.operator.api.ResourceSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Apply details (spec §4.4, §4.5): immutable-field recreation under the force annotation,
 * failed-Job recreation, waiting for CRDs, missing namespaces, the inventory after a failed apply
 * and health checks cancelled by a new event.
 */
class ApplyBehaviourTest {
  private OperatorHarness h;

  @BeforeEach
  void start() {
    h = OperatorHarness.start();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  static String deployment(String annotations, String app) {
    return """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: web
          namespace: apps
          annotations:
        %s
        spec:
          resources:
            - apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                namespace: apps
              spec:
                selector:
                  matchLabels:
                    app: %s
                template:
                  metadata:
                    labels:
                      app: %s
                  spec:
                    containers:
                      - name: web
                        image: nginx
        """
        .formatted(annotations.indent(4).stripTrailing(), app, app);
  }

  @Test
  void immutableChangesFailWithoutForceAndRecreateWithIt() {
    h.create(deployment("x: y", "v1"));
    h.awaitReadyTrue("apps", "web");
    String uid =
        h.client
            .apps()
            .deployments()
            .inNamespace("apps")
            .withName("web")
            .get()
            .getMetadata()
            .getUid();

    h.update(deployment("x: y", "v2"));
    ResourceSet failed = h.awaitReason("apps", "web", "False", "ReconciliationFailed");
    assertThat(failed.getStatus().condition("Ready").get("message"))
        .isEqualTo(
            "reconciliation failed: Deployment/apps/web dry-run failed (Invalid): Deployment.apps"
                + " \"web\" is invalid: spec.selector: Invalid value: {\"matchLabels\":{\"app\":\"v2\"}}:"
                + " field is immutable");

    h.update(deployment("fluxcd.controlplane.io/force: Enabled", "v2"));
    h.awaitReadyTrue("apps", "web");
    var d = h.client.apps().deployments().inNamespace("apps").withName("web").get();
    assertThat(d.getMetadata().getUid()).isNotEqualTo(uid);
    assertThat(d.getSpec().getSelector().getMatchLabels()).containsEntry("app", "v2");
  }

  @Test
  void aFailedJobMarkedRecreateOnFailureIsRecreated() {
    String rs =
        """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: migrate
          namespace: apps
          annotations:
            reconcile.fluxcd.io/requestedAt: "%s"
        spec:
          resources:
            - apiVersion: batch/v1
              kind: Job
              metadata:
                name: migrate
                namespace: apps
                annotations:
                  fluxcd.controlplane.io/recreateOnFailure: enabled
              spec:
                template:
                  spec:
                    restartPolicy: Never
                    containers:
                      - name: m
                        image: busybox
        """;
    h.create(rs.formatted("1"));
    h.awaitReadyTrue("apps", "migrate");
    Job job = h.client.batch().v1().jobs().inNamespace("apps").withName("migrate").get();
    String uid = job.getMetadata().getUid();
    job.setStatus(
        new JobStatusBuilder()
            .withFailed(1)
            .withConditions(new JobConditionBuilder().withType("Failed").withStatus("True").build())
            .build());
    h.client.resource(job).updateStatus();
    long mark = h.cluster.requests().size();
    h.update(rs.formatted("2"));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              Job j = h.client.batch().v1().jobs().inNamespace("apps").withName("migrate").get();
              return j != null && !uid.equals(j.getMetadata().getUid());
            });
    RecordedCall delete =
        h.cluster.requests().since(mark).stream()
            .filter(c -> c.method().equals("DELETE") && c.path().endsWith("/jobs/migrate"))
            .findFirst()
            .orElseThrow();
    assertThat(delete.body()).contains("\"uid\":\"" + uid + "\"").contains("Foreground");
  }

  @Test
  void crdsAreWaitedForBeforeTheirCustomResources() {
    h.cluster.dispatcher().establishCrds(false);
    h.create(
        """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: widgets
          namespace: apps
        spec:
          resources:
            - apiVersion: apiextensions.k8s.io/v1
              kind: CustomResourceDefinition
              metadata:
                name: widgets.example.io
              spec:
                group: example.io
                names:
                  kind: Widget
                  plural: widgets
                  singular: widget
                  listKind: WidgetList
                scope: Namespaced
                versions:
                  - name: v1
                    served: true
                    storage: true
                    schema:
                      openAPIV3Schema:
                        type: object
                        x-kubernetes-preserve-unknown-fields: true
            - apiVersion: example.io/v1
              kind: Widget
              metadata:
                name: w
                namespace: apps
        """);
    ResourceSet rs = h.awaitReason("apps", "widgets", "False", "ReconciliationFailed");
    assertThat(rs.getStatus().condition("Ready").get("message"))
        .isEqualTo(
            "reconciliation failed: timeout waiting for: [CustomResourceDefinition/widgets.example.io"
                + " status: 'InProgress']\n");
    assertThat(h.object("example.io/v1", "Widget", "apps", "w")).isNull();
    assertThat(rs.getStatus().inventoryEntries())
        .extracting(e -> e.get("id"))
        .containsExactly("_widgets.example.io_apiextensions.k8s.io_CustomResourceDefinition");
    h.cluster.dispatcher().establishCrd("widgets.example.io");
    h.awaitReadyTrue("apps", "widgets");
    assertThat(h.object("example.io/v1", "Widget", "apps", "w")).isNotNull();
  }

  @Test
  void namespacedObjectsNeedANamespace() {
    h.create(
        """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: nons
          namespace: apps
        spec:
          resources:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: orphan
        """);
    ResourceSet rs = h.awaitReason("apps", "nons", "False", "ReconciliationFailed");
    assertThat(rs.getStatus().condition("Ready").get("message"))
        .isEqualTo(
            "reconciliation failed: ConfigMap/orphan namespace not specified: the server could not"
                + " find the requested resource");
  }

  @Test
  void aFailedApplyKeepsTheSortedUnionAsInventory() {
    String rs =
        """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: union
          namespace: apps
        spec:
          inputs: %s
          resources:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: << inputs.n >>
                namespace: apps
        """;
    h.create(rs.formatted("[{n: old1}, {n: old2}]"));
    h.awaitReadyTrue("apps", "union");
    h.cluster
        .faults()
        .add(
            FaultRule.on("PATCH", "/api/v1/namespaces/apps/configmaps/new2")
                .when(c -> !c.isDryRun())
                .always()
                .serverError());
    h.update(rs.formatted("[{n: new1}, {n: new2}]"));
    ResourceSet failed = h.awaitReason("apps", "union", "False", "ReconciliationFailed");
    assertThat(failed.getStatus().inventoryEntries())
        .extracting(e -> e.get("id"))
        .containsExactly("apps_new1__ConfigMap", "apps_old1__ConfigMap", "apps_old2__ConfigMap");
    assertThat(failed.getStatus().condition("Ready").get("message"))
        .isEqualTo(
            "reconciliation failed: ConfigMap/apps/new2 apply failed: injected fault (HTTP 500)");
    assertThat(h.client.configMaps().inNamespace("apps").withName("old1").get()).isNotNull();
    h.cluster.faults().clear();
    ResourceSet ok = h.awaitReadyTrue("apps", "union");
    assertThat(ok.getStatus().inventoryEntries())
        .extracting(e -> e.get("id"))
        .containsExactly("apps_new1__ConfigMap", "apps_new2__ConfigMap");
    assertThat(h.client.configMaps().inNamespace("apps").withName("old1").get()).isNull();
  }

  @Test
  void aNewEventCancelsTheHealthWait() {
    String rs =
        """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: slow
          namespace: apps
          annotations:
            fluxcd.controlplane.io/reconcileTimeout: 1h
            reconcile.fluxcd.io/requestedAt: "%s"
        spec:
          wait: true
          resources:
            - apiVersion: v1
              kind: PersistentVolumeClaim
              metadata:
                name: data
                namespace: apps
        """;
    h.create(rs.formatted("1"));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                h.client.persistentVolumeClaims().inNamespace("apps").withName("data").get()
                    != null);
    h.update(rs.formatted("2"));
    // the HealthCheckCanceled condition lasts until the immediate requeue starts; the event stays
    String event =
        "Normal HealthCheckCanceled Health checks canceled due to new reconciliation triggered by"
            + " ResourceSet/apps/slow";
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> h.eventLines("apps", "slow").contains(event));
    var pvc = h.client.persistentVolumeClaims().inNamespace("apps").withName("data").get();
    pvc.setStatus(
        new io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatusBuilder()
            .withPhase("Bound")
            .build());
    h.client.resource(pvc).updateStatus();
    h.awaitReadyTrue("apps", "slow");
    assertThat(Map.of()).isEmpty();
  }
}
