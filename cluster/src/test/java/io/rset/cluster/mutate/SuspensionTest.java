package io.rset.cluster.mutate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class SuspensionTest {
  private static final ObjectRef APPS = new ObjectRef(FluxKind.RESOURCE_SET, "flux-system", "apps");
  private static final ObjectRef TENANTS =
      new ObjectRef(FluxKind.RESOURCE_SET, "flux-system", "tenants");

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

  private Map<String, Object> annotations(ObjectRef ref) {
    return ObjectMaps.map(
        cluster.objects().get(ref.kind().context(), ref.namespace(), ref.name()).orElseThrow(),
        "metadata",
        "annotations");
  }

  @Test
  void suspendSetsTheDisabledAnnotation() {
    Suspension.suspend(actions.context, APPS);
    assertThat(actions.printed.toString()).isEqualTo("✔ Reconciliation suspended\n");
    assertThat(annotations(APPS)).containsEntry("fluxcd.controlplane.io/reconcile", "disabled");
  }

  @Test
  void resumeWithoutWait() {
    Suspension.resume(actions.context, TENANTS, false);
    assertThat(actions.printed.toString()).isEqualTo("✔ Reconciliation resumed\n");
    assertThat(annotations(TENANTS))
        .containsEntry("fluxcd.controlplane.io/reconcile", "enabled")
        .containsEntry("reconcile.fluxcd.io/requestedAt", Actions.TOKEN);
  }

  @Test
  void resumeWaitsForTheRequest() {
    FakeController controller = new FakeController(cluster);
    actions.ticker.afterSleep(
        n ->
            controller.reconcile(
                TENANTS, "True", "ReconciliationSucceeded", "Reconciliation finished in 4s"));
    Suspension.resume(actions.context, TENANTS, true);
    assertThat(actions.printed.toString())
        .isEqualTo("◎ Waiting for reconciliation...\n✔ Reconciliation finished in 4s\n");
  }

  @Test
  void suspendOfAMissingObject() {
    ObjectRef missing = new ObjectRef(FluxKind.RESOURCE_SET, "default", "gone");
    assertThatThrownBy(() -> Suspension.suspend(actions.context, missing))
        .hasMessage(
            "unable to read ResourceSet/default/gone error: "
                + "resourcesets.fluxcd.controlplane.io \"gone\" not found");
  }
}
