package io.rset.cluster.mutate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.cluster.ClusterException;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ObjectMaps;
import io.rset.cluster.access.ObjectRef;
import io.rset.cluster.testing.Actions;
import io.rset.cluster.testing.FakeController;
import io.rset.cluster.testing.MockCluster;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReconcileTest {
  private static final ObjectRef APPS = new ObjectRef(FluxKind.RESOURCE_SET, "flux-system", "apps");
  private static final ObjectRef TENANTS =
      new ObjectRef(FluxKind.RESOURCE_SET, "flux-system", "tenants");

  private MockCluster cluster;
  private FakeController controller;
  private Actions actions;

  @BeforeEach
  void start() {
    cluster = new MockCluster().fixture("resourcesets.yaml").fixture("flux.yaml");
    controller = new FakeController(cluster);
    actions = new Actions(cluster, Duration.ofMinutes(1));
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private Map<String, Object> get(ObjectRef ref) {
    return cluster.objects().get(ref.kind().context(), ref.namespace(), ref.name()).orElseThrow();
  }

  @Test
  void triggersAndWaitsForTheRequestToBeHandled() {
    actions.ticker.afterSleep(
        n -> {
          if (n == 1) {
            controller.progress(APPS, "Unknown", "Progressing", "Reconciliation in progress");
          } else if (n == 2) {
            controller.reconcile(
                APPS, "True", "ReconciliationSucceeded", "Reconciliation finished in 3s");
          }
        });
    Reconcile.run(actions.context, APPS, true, false, false);
    assertThat(actions.printed.toString())
        .isEqualTo(
            """
            ► Reconciliation triggered
            ◎ Waiting for reconciliation...
            ✔ Reconciliation finished in 3s
            """);
    assertThat(
            ObjectMaps.string(
                get(APPS), "metadata", "annotations", "reconcile.fluxcd.io/requestedAt"))
        .isEqualTo(Actions.TOKEN);
    assertThat(actions.ticker.slept()).hasSize(2);
  }

  @Test
  void theOldReadyStateDoesNotCountBeforeTheRequestIsHandled() {
    // apps is Ready=True from an earlier reconciliation: the wait must not stop on it.
    actions.ticker.afterSleep(
        n -> {
          if (n == 3) {
            controller.reconcile(APPS, "True", "ReconciliationSucceeded", "finished again");
          }
        });
    Reconcile.run(actions.context, APPS, true, false, false);
    assertThat(actions.printed.toString()).endsWith("✔ finished again\n");
    assertThat(actions.ticker.slept()).hasSize(3);
  }

  @Test
  void falseWithAReasonFails() {
    actions.ticker.afterSleep(
        n ->
            controller.reconcile(
                APPS,
                "False",
                "ReconciliationFailed",
                "reconciliation failed: Namespace/team1 dry-run failed: forbidden"));
    assertThatThrownBy(() -> Reconcile.run(actions.context, APPS, true, false, false))
        .isInstanceOf(ClusterException.class)
        .hasMessage(
            "ReconciliationFailed: reconciliation failed: Namespace/team1 dry-run failed: forbidden");
    assertThat(actions.printed.toString())
        .isEqualTo("► Reconciliation triggered\n◎ Waiting for reconciliation...\n");
  }

  @Test
  void disabledResourceSetFailsTheWait() {
    assertThatThrownBy(() -> Reconcile.run(actions.context, TENANTS, true, false, false))
        .hasMessage("Reconciliation is disabled for tenants");
    assertThat(actions.ticker.slept()).isEmpty();
  }

  @Test
  void timesOut() {
    Actions shortWait = new Actions(cluster, Duration.ofSeconds(7));
    assertThatThrownBy(() -> Reconcile.run(shortWait.context, APPS, true, false, false))
        .hasMessage("timed out waiting for flux-system/apps to become ready");
    assertThat(shortWait.ticker.slept())
        .containsExactly(
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            Duration.ofSeconds(1));
  }

  @Test
  void withoutWaitOnlyTriggers() {
    Reconcile.run(actions.context, APPS, false, false, false);
    assertThat(actions.printed.toString()).isEqualTo("► Reconciliation triggered\n");
  }

  @Test
  void missingObjectCannotBeRead() {
    ObjectRef missing = new ObjectRef(FluxKind.RESOURCE_SET, "flux-system", "nope");
    assertThatThrownBy(() -> Reconcile.run(actions.context, missing, true, false, false))
        .hasMessage(
            "unable to read ResourceSet/flux-system/nope error: "
                + "resourcesets.fluxcd.controlplane.io \"nope\" not found");
  }

  @Test
  void objectDeletedWhileWaitingIsAnError() {
    actions.ticker.afterSleep(
        n -> {
          cluster.objects().delete(APPS.kind().context(), APPS.namespace(), APPS.name());
          cluster.removeFinalizers(APPS);
        });
    assertThatThrownBy(() -> Reconcile.run(actions.context, APPS, true, false, false))
        .hasMessage("resourcesets.fluxcd.controlplane.io \"apps\" not found");
  }

  @Test
  void forcedInputProviderRunSetsForceAtToo() {
    ObjectRef rsip =
        new ObjectRef(FluxKind.RESOURCE_SET_INPUT_PROVIDER, "flux-system", "github-prs");
    cluster.fixture("inputproviders.yaml");
    Reconcile.run(actions.context, rsip, false, true, false);
    Map<String, Object> annotations = ObjectMaps.map(get(rsip), "metadata", "annotations");
    assertThat(annotations)
        .containsEntry("reconcile.fluxcd.io/requestedAt", Actions.TOKEN)
        .containsEntry("reconcile.fluxcd.io/forceAt", Actions.TOKEN);
  }

  @Test
  void helmReleaseWithItsHelmChartSource() {
    ObjectRef hr = new ObjectRef(FluxKind.HELM_RELEASE, "apps", "podinfo");
    ObjectRef chart = new ObjectRef(FluxKind.HELM_CHART, "flux-system", "apps-podinfo");
    actions.ticker.afterSleep(
        n -> {
          if (n == 1) {
            controller.reconcile(
                chart, "True", "ChartPullSucceeded", "pulled 'podinfo' chart with version '6.7.1'");
          } else {
            controller.reconcile(
                hr,
                "True",
                "UpgradeSucceeded",
                "Helm upgrade succeeded for release apps/podinfo.v4 with chart podinfo@6.7.1");
          }
        });
    Reconcile.run(actions.context, hr, true, false, true);
    assertThat(actions.printed.toString())
        .isEqualTo(
            """
            ► Source reconciliation triggered for HelmChart/flux-system/apps-podinfo
            ◎ Waiting for source reconciliation...
            ✔ pulled 'podinfo' chart with version '6.7.1'
            ► Reconciliation triggered
            ◎ Waiting for reconciliation...
            ✔ Helm upgrade succeeded for release apps/podinfo.v4 with chart podinfo@6.7.1
            """);
  }

  @Test
  void kustomizationWithItsGitRepositorySource() {
    ObjectRef ks = new ObjectRef(FluxKind.KUSTOMIZATION, "flux-system", "infra");
    ObjectRef repo = new ObjectRef(FluxKind.GIT_REPOSITORY, "flux-system", "flux-system");
    actions.ticker.afterSleep(
        n -> {
          if (n == 1) {
            controller.reconcile(
                repo, "True", "Succeeded", "stored artifact for revision 'main@sha1:5d1c2e0'");
          } else {
            controller.reconcile(
                ks, "True", "ReconciliationSucceeded", "Applied revision: main@sha1:5d1c2e0");
          }
        });
    Reconcile.run(actions.context, ks, true, false, true);
    assertThat(actions.printed.toString())
        .startsWith("► Source reconciliation triggered for GitRepository/flux-system/flux-system\n")
        .endsWith("✔ Applied revision: main@sha1:5d1c2e0\n");
  }

  @Test
  void suspendedKustomizationIsRefusedBeforeAnnotating() {
    ObjectRef ks = new ObjectRef(FluxKind.KUSTOMIZATION, "flux-system", "paused");
    assertThatThrownBy(() -> Reconcile.run(actions.context, ks, true, false, false))
        .hasMessage("resource is suspended");
    assertThat(ObjectMaps.map(get(ks), "metadata", "annotations")).isEmpty();
    assertThat(actions.printed.toString()).isEmpty();
  }

  @Test
  void helmReleaseFailureQuotesTheControllerReason() {
    ObjectRef hr = new ObjectRef(FluxKind.HELM_RELEASE, "apps", "podinfo");
    actions.ticker.afterSleep(
        n ->
            controller.reconcile(
                hr,
                "False",
                "UpgradeFailed",
                "Helm upgrade failed for release apps/podinfo with chart podinfo@6.7.1: context deadline exceeded"));
    assertThatThrownBy(() -> Reconcile.run(actions.context, hr, true, false, false))
        .hasMessage(
            "UpgradeFailed: Helm upgrade failed for release apps/podinfo with chart podinfo@6.7.1: context deadline exceeded");
  }

  @Test
  void withSourceNeedsAKnownSourceKind() {
    ObjectRef ks = new ObjectRef(FluxKind.KUSTOMIZATION, "flux-system", "external");
    assertThatThrownBy(() -> Reconcile.run(actions.context, ks, true, false, true))
        .hasMessage(
            "Kustomization/flux-system/external: cannot reconcile source spec.sourceRef kind"
                + " 'ExternalArtifact', expected GitRepository, OCIRepository, Bucket or HelmChart");
  }
}
