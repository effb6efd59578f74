package io.rset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ObjectRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rset reconcile|suspend|resume|wait|delete} against a mock API server, with a background
 * thread playing the Flux controllers; polls every 20ms instead of 2s (hidden --poll-interval).
 */
class ClusterMutateCommandsTest {
  private static final ObjectRef APPS = new ObjectRef(FluxKind.RESOURCE_SET, "flux-system", "apps");
  private static final ObjectRef TENANTS =
      new ObjectRef(FluxKind.RESOURCE_SET, "flux-system", "tenants");

  @TempDir Path dir;
  private MockApiServer server;
  private BackgroundController controller;

  @BeforeEach
  void start() {
    server = new MockApiServer(dir).fixture("resourcesets.yaml").fixture("flux.yaml");
    controller = new BackgroundController(server);
  }

  @AfterEach
  void stop() throws InterruptedException {
    controller.close();
    server.close();
  }

  private CliRun rset(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--kubeconfig", server.kubeconfig()));
    if (!args[0].equals("suspend")) {
      all.addAll(List.of("--poll-interval", "20ms"));
    }
    return CliRun.of(all.toArray(String[]::new));
  }

  @Test
  void reconcileWaitsForTheController() {
    controller.onRequest(APPS, "True", "ReconciliationSucceeded", "Reconciliation finished in 2s");
    CliRun run = rset("reconcile", "rset", "apps");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("cluster-reconcile-rset", run);
    assertThat(controller.annotations(APPS).get("reconcile.fluxcd.io/requestedAt"))
        .asString()
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?(Z|[+-]\\d\\d:\\d\\d)");
  }

  @Test
  void reconcileFailureExitsOneWithReasonAndMessage() {
    controller.onRequest(
        APPS, "False", "BuildFailed", "build failed: failed to build resources[0]: boom");
    CliRun run = rset("reconcile", "rset", "apps");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("cluster-reconcile-rset-failed", run);
  }

  @Test
  void reconcileOfASuspendedResourceSet() {
    CliRun run = rset("reconcile", "rset", "tenants");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("cluster-reconcile-rset-disabled", run);
  }

  @Test
  void reconcileTimesOut() {
    CliRun run = rset("reconcile", "rset", "apps", "--timeout", "300ms");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("✗ timed out waiting for flux-system/apps to become ready\n");
  }

  @Test
  void reconcileWithoutWait() {
    CliRun run = rset("reconcile", "rset", "apps", "--wait=false");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("► Reconciliation triggered\n");
  }

  @Test
  void reconcileHelmReleaseWithSource() {
    controller
        .onRequest(
            new ObjectRef(FluxKind.HELM_CHART, "flux-system", "apps-podinfo"),
            "True",
            "ChartPullSucceeded",
            "pulled 'podinfo' chart with version '6.7.1'")
        .onRequest(
            new ObjectRef(FluxKind.HELM_RELEASE, "apps", "podinfo"),
            "True",
            "UpgradeSucceeded",
            "Helm upgrade succeeded for release apps/podinfo.v4 with chart podinfo@6.7.1");
    CliRun run = rset("reconcile", "hr", "podinfo", "-n", "apps", "--with-source");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("cluster-reconcile-hr-with-source", run);
  }

  @Test
  void reconcileKustomization() {
    controller.onRequest(
        new ObjectRef(FluxKind.KUSTOMIZATION, "flux-system", "infra"),
        "True",
        "ReconciliationSucceeded",
        "Applied revision: main@sha1:5d1c2e0");
    CliRun run = rset("reconcile", "ks", "infra");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("cluster-reconcile-ks", run);
  }

  @Test
  void reconcileSuspendedKustomization() {
    CliRun run = rset("reconcile", "kustomization", "paused");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("✗ resource is suspended\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void forceIsOnlyForInputProviders() {
    CliRun run = rset("reconcile", "rset", "apps", "--force");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("✗ --force is only supported for inputprovider (rsip)\n");
  }

  @Test
  void reconcileMissingObject() {
    CliRun run = rset("reconcile", "rset", "nope");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "✗ unable to read ResourceSet/flux-system/nope error: "
                + "resourcesets.fluxcd.controlplane.io \"nope\" not found\n");
  }

  @Test
  void suspendThenResume() {
    CliRun suspend = rset("suspend", "rset", "apps");
    assertThat(suspend.exitCode()).isZero();
    assertThat(suspend.out()).isEqualTo("✔ Reconciliation suspended\n");
    assertThat(controller.annotations(APPS))
        .containsEntry("fluxcd.controlplane.io/reconcile", "disabled");

    controller.onRequest(APPS, "True", "ReconciliationSucceeded", "Reconciliation finished in 1s");
    CliRun resume = rset("resume", "rset", "apps");
    assertThat(resume.exitCode()).isZero();
    Golden.assertMatches("cluster-resume-rset", resume);
    assertThat(controller.annotations(APPS))
        .containsEntry("fluxcd.controlplane.io/reconcile", "enabled");
  }

  @Test
  void resumeWithoutWait() {
    CliRun run = rset("resume", "rset", "tenants", "--wait=false");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("✔ Reconciliation resumed\n");
  }

  @Test
  void waitForAnObjectCreatedLater() throws InterruptedException {
    Thread creator =
        new Thread(
            () -> {
              try {
                Thread.sleep(150);
              } catch (InterruptedException e) {
                return;
              }
              server.create(
                  """
                  apiVersion: fluxcd.controlplane.io/v1
                  kind: ResourceSet
                  metadata:
                    name: later
                    namespace: flux-system
                  spec:
                    resources: []
                  status:
                    conditions:
                    - lastTransitionTime: "2025-07-15T10:11:00Z"
                      message: Reconciliation finished in 1s
                      observedGeneration: 1
                      reason: ReconciliationSucceeded
                      status: "True"
                      type: Ready
                  """);
            });
    creator.start();
    CliRun run = rset("wait", "rset", "later");
    creator.join();
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("cluster-wait-rset", run);
  }

  @Test
  void waitForAFailedObject() {
    CliRun run = rset("wait", "rset", "infra");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("◎ Waiting for resourceset to become ready...\n");
    assertThat(run.err())
        .startsWith("✗ ReconciliationFailed: reconciliation failed: health check failed");
  }

  @Test
  void deleteWaitsForTheFinalizer() {
    controller.finalizeDeletion(APPS);
    CliRun run = rset("delete", "rset", "apps");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("cluster-delete-rset", run);
    assertThat(server.objects().get(APPS.kind().context(), "flux-system", "apps")).isEmpty();
  }

  @Test
  void deleteWithSuspend() {
    controller.finalizeDeletion(APPS);
    CliRun run = rset("delete", "rset", "apps", "--with-suspend");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("cluster-delete-rset-with-suspend", run);
  }

  @Test
  void deleteWithoutWait() {
    CliRun run = rset("delete", "rset", "apps", "--wait=false");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("✔ Deletion initiated\n");
  }

  @Test
  void deleteTimesOutWhileTheFinalizerStays() {
    CliRun run = rset("delete", "rset", "apps", "--timeout", "200ms");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("◎ Waiting for deletion...\n");
    assertThat(run.err()).isEqualTo("✗ timed out waiting for flux-system/apps to be deleted\n");
  }

  @Test
  void deleteMissingObject() {
    CliRun run = rset("delete", "rset", "nope");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("✗ ResourceSet/flux-system/nope not found\n");
  }
}
