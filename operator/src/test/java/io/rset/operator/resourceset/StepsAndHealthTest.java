package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.rset.operator.api.ResourceSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Steps (spec §4.5) and health checks (§4.6). */
class StepsAndHealthTest {
  private OperatorHarness h;

  @BeforeEach
  void start() {
    h = OperatorHarness.start();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  static final String STEPS =
      """
      apiVersion: fluxcd.controlplane.io/v1
      kind: ResourceSet
      metadata:
        name: app
        namespace: apps
      spec:
        steps:
          - name: database
            timeout: %s
            resources:
              - apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: db
                  namespace: apps
                spec:
                  replicas: 1
                  selector:
                    matchLabels:
                      app: db
                  template:
                    metadata:
                      labels:
                        app: db
                    spec:
                      containers:
                        - name: db
                          image: postgres
          - name: app
            resources:
              - apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: web
                  namespace: apps
      """;

  private void markReady(String name) {
    Deployment d = h.client.apps().deployments().inNamespace("apps").withName(name).get();
    d.setStatus(
        new DeploymentStatusBuilder()
            .withObservedGeneration(d.getMetadata().getGeneration())
            .withReplicas(1)
            .withUpdatedReplicas(1)
            .withReadyReplicas(1)
            .withAvailableReplicas(1)
            .build());
    h.client.resource(d).updateStatus();
  }

  @Test
  void aStepWaitsForTheHealthOfThePreviousOne() {
    h.create(STEPS.formatted("10s"));
    h.awaitReady(
        "apps",
        "app",
        c ->
            h.condition("apps", "app", "Reconciling") != null
                && "Applying step 1/2 \"database\""
                    .equals(h.condition("apps", "app", "Reconciling").get("message")));
    assertThat(h.client.configMaps().inNamespace("apps").withName("web").get()).isNull();
    ResourceSet mid = h.get("apps", "app");
    assertThat(mid.getStatus().inventoryEntries())
        .extracting(e -> e.get("id"))
        .containsExactly("apps_db_apps_Deployment");
    markReady("db");
    ResourceSet rs = h.awaitReadyTrue("apps", "app");
    assertThat(rs.getStatus().inventoryEntries())
        .extracting(e -> e.get("id"))
        .containsExactly("apps_db_apps_Deployment", "apps_web__ConfigMap");
    assertThat(rs.getStatus().objects("history").get(0).get("metadata"))
        .isEqualTo(Map.of("inputs", "0", "resources", "2", "steps", "2"));
    assertThat(h.eventLines("apps", "app"))
        .contains(
            "Normal ApplySucceeded step \"database\": Deployment/apps/db created",
            "Normal ApplySucceeded ConfigMap/apps/web created");
  }

  @Test
  void aStepHealthCheckTimesOut() {
    h.create(STEPS.formatted("300ms"));
    ResourceSet rs = h.awaitReason("apps", "app", "False", "ReconciliationFailed");
    assertThat(rs.getStatus().condition("Ready").get("message"))
        .isEqualTo(
            "reconciliation failed: step \"database\" health check failed: timeout waiting for:"
                + " [Deployment/apps/db status: 'InProgress']\n");
    assertThat(rs.getStatus().condition("Reconciling"))
        .containsEntry("reason", "ProgressingWithRetry");
    assertThat(h.client.configMaps().inNamespace("apps").withName("web").get()).isNull();
    assertThat(h.eventLines("apps", "app"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "Warning ReconciliationFailed reconciliation failed: step \"database\" health check failed: timeout"));
    markReady("db");
    h.awaitReadyTrue("apps", "app");
  }

  @Test
  void aFailedJobFailsTheWaitEarly() {
    h.create(
        """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: migrate
          namespace: apps
        spec:
          wait: true
          resources:
            - apiVersion: batch/v1
              kind: Job
              metadata:
                name: migrate
                namespace: apps
              spec:
                template:
                  spec:
                    restartPolicy: Never
                    containers:
                      - name: m
                        image: busybox
        """);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                h.client.batch().v1().jobs().inNamespace("apps").withName("migrate").get() != null);
    Job job = h.client.batch().v1().jobs().inNamespace("apps").withName("migrate").get();
    job.setStatus(
        new JobStatusBuilder()
            .withFailed(1)
            .withConditions(new JobConditionBuilder().withType("Failed").withStatus("True").build())
            .build());
    h.client.resource(job).updateStatus();
    ResourceSet rs =
        h.awaitReason(
            "migrate".isEmpty() ? "" : "apps", "migrate", "False", "ReconciliationFailed");
    assertThat(rs.getStatus().condition("Ready").get("message"))
        .isEqualTo(
            "reconciliation failed: failed early due to stalled resources: [Job/apps/migrate"
                + " status: 'Failed']\n");
  }
}
