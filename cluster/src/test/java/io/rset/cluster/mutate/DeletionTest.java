package io.rset.cluster.mutate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ObjectMaps;
import io.rset.cluster.access.ObjectRef;
import io.rset.cluster.testing.Actions;
import io.rset.cluster.testing.MockCluster;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeletionTest {
  /** Has the operator's finalizer: deletion completes when the controller removes it. */
  private static final ObjectRef APPS = new ObjectRef(FluxKind.RESOURCE_SET, "flux-system", "apps");

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

  private Optional<java.util.Map<String, Object>> get(ObjectRef ref) {
    return cluster.objects().get(ref.kind().context(), ref.namespace(), ref.name());
  }

  @Test
  void waitsUntilTheFinalizerIsRemoved() {
    actions.ticker.afterSleep(
        n -> {
          assertThat(ObjectMaps.string(get(APPS).orElseThrow(), "metadata", "deletionTimestamp"))
              .isNotNull();
          if (n == 2) {
            cluster.removeFinalizers(APPS);
          }
        });
    Deletion.run(actions.context, APPS, true, false);
    assertThat(actions.printed.toString())
        .isEqualTo("◎ Waiting for deletion...\n✔ Deletion completed\n");
    assertThat(get(APPS)).isEmpty();
    assertThat(actions.ticker.slept()).hasSize(2);
  }

  @Test
  void withSuspendSuspendsFirst() {
    actions.ticker.afterSleep(n -> cluster.removeFinalizers(APPS));
    Deletion.run(actions.context, APPS, true, true);
    assertThat(actions.printed.toString())
        .isEqualTo("✔ Reconciliation suspended\n◎ Waiting for deletion...\n✔ Deletion completed\n");
  }

  @Test
  void withoutWaitOnlyInitiates() {
    Deletion.run(actions.context, APPS, false, false);
    assertThat(actions.printed.toString()).isEqualTo("✔ Deletion initiated\n");
    assertThat(ObjectMaps.string(get(APPS).orElseThrow(), "metadata", "deletionTimestamp"))
        .isNotNull();
  }

  @Test
  void deletionTimesOutWhileTheFinalizerStays() {
    Actions shortWait = new Actions(cluster, Duration.ofSeconds(3));
    assertThatThrownBy(() -> Deletion.run(shortWait.context, APPS, true, false))
        .hasMessage("timed out waiting for flux-system/apps to be deleted");
  }

  @Test
  void missingObjectIsNotFound() {
    ObjectRef missing = new ObjectRef(FluxKind.RESOURCE_SET, "flux-system", "gone");
    assertThatThrownBy(() -> Deletion.run(actions.context, missing, true, false))
        .hasMessage("ResourceSet/flux-system/gone not found");
  }

  @Test
  void objectWithoutFinalizerIsGoneAtOnce() {
    ObjectRef infra = new ObjectRef(FluxKind.RESOURCE_SET, "flux-system", "infra");
    Deletion.run(actions.context, infra, true, false);
    assertThat(actions.printed.toString()).endsWith("✔ Deletion completed\n");
    assertThat(actions.ticker.slept()).isEmpty();
  }
}
