package io.rset.cluster.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ObjectRef;
import io.rset.cluster.testing.Actions;
import io.rset.cluster.testing.FakeController;
import io.rset.cluster.testing.MockCluster;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AwaitReadyTest {
  private MockCluster cluster;
  private Actions actions;

  @BeforeEach
  void start() {
    cluster = new MockCluster().fixture("resourcesets.yaml");
    actions = new Actions(cluster, Duration.ofMinutes(1));
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private void await(ObjectRef ref) {
    AwaitReady.run(actions.printed.lines(), actions.context.waits(), ref);
  }

  @Test
  void readyObjectAtOnce() {
    await(new ObjectRef(FluxKind.RESOURCE_SET, "flux-system", "apps"));
    assertThat(actions.printed.toString())
        .isEqualTo(
            "◎ Waiting for resourceset to become ready...\n✔ Reconciliation finished in 2s\n");
    assertThat(actions.ticker.slept()).isEmpty();
  }

  @Test
  void objectAppearingLaterIsAwaited() {
    ObjectRef later = new ObjectRef(FluxKind.RESOURCE_SET, "flux-system", "later");
    FakeController controller = new FakeController(cluster);
    actions.ticker.afterSleep(
        n -> {
          if (n == 2) {
            cluster.create(
                """
                apiVersion: fluxcd.controlplane.io/v1
                kind: ResourceSet
                metadata:
                  name: later
                  namespace: flux-system
                spec:
                  resources: []
                """);
          } else if (n == 3) {
            controller.progress(later, "Unknown", "Progressing", "Reconciliation in progress");
          } else if (n == 4) {
            controller.progress(
                later, "True", "ReconciliationSucceeded", "Reconciliation finished in 1s");
          }
        });
    await(later);
    assertThat(actions.printed.toString()).endsWith("✔ Reconciliation finished in 1s\n");
    assertThat(actions.ticker.slept()).hasSize(4);
  }

  @Test
  void failedObjectFails() {
    assertThatThrownBy(() -> await(new ObjectRef(FluxKind.RESOURCE_SET, "flux-system", "infra")))
        .hasMessage(
            "ReconciliationFailed: reconciliation failed: health check failed after 5m0s: timeout"
                + " waiting for: [HelmRelease/cert-manager/cert-manager status: 'InProgress']\n");
  }

  @Test
  void neverCreatedTimesOut() {
    Actions shortWait = new Actions(cluster, Duration.ofSeconds(4));
    assertThatThrownBy(
            () ->
                AwaitReady.run(
                    shortWait.printed.lines(),
                    shortWait.context.waits(),
                    new ObjectRef(FluxKind.RESOURCE_SET, "flux-system", "never")))
        .hasMessage("timed out waiting for flux-system/never to become ready");
  }
}
