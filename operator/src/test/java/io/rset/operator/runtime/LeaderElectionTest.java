package io.rset.operator.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.rset.kubetesting.MockCluster;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two operator replicas against one mock server with leader election on: only the Lease holder
 * reconciles; when it stops, the other takes the Lease over and reconciles, including what changed
 * meanwhile. Lease timings are shortened (2s lease) to keep the test fast.
 */
class LeaderElectionTest {
  private MockCluster cluster;
  private OperatorRuntime first;
  private OperatorRuntime second;

  @BeforeEach
  void startCluster() {
    cluster = MockCluster.start(new LeaseAccessDispatcher());
  }

  @AfterEach
  void stop() {
    for (OperatorRuntime r : new OperatorRuntime[] {first, second}) {
      if (r != null) {
        r.close();
      }
    }
    cluster.close();
  }

  private OperatorRuntime replica(String identity, RecordingReconciler reconciler) {
    LeaderElection election =
        new LeaderElection(
            "rset-test-leader",
            "rset-system",
            identity,
            Duration.ofSeconds(2),
            Duration.ofMillis(1500),
            Duration.ofMillis(200),
            false);
    OperatorSettings settings =
        new OperatorSettings(
            Set.of(),
            2,
            Duration.ofSeconds(5),
            null,
            election,
            ListenAddress.parse("127.0.0.1:0"),
            ListenAddress.DISABLED);
    OperatorRuntime runtime =
        new OperatorRuntime(
            cluster.newClient(b -> b),
            settings,
            (client, s, metrics) -> List.<Reconciler<? extends HasMetadata>>of(reconciler),
            true);
    runtime.start();
    return runtime;
  }

  private void createConfigMap(String name) {
    ConfigMap cm =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withNamespace("apps")
            .withName(name)
            .endMetadata()
            .build();
    cluster.client().resource(cm).create();
  }

  private String holder() {
    Lease lease =
        cluster.client().leases().inNamespace("rset-system").withName("rset-test-leader").get();
    return lease == null ? null : lease.getSpec().getHolderIdentity();
  }

  @Test
  void onlyTheLeaderReconcilesAndTheOtherTakesOverWhenItStops() {
    RecordingReconciler firstReconciler = new RecordingReconciler();
    RecordingReconciler secondReconciler = new RecordingReconciler();
    first = replica("replica-1", firstReconciler);
    await().atMost(Duration.ofSeconds(10)).until(() -> "replica-1".equals(holder()));
    second = replica("replica-2", secondReconciler);

    createConfigMap("before");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> firstReconciler.reconciled().contains("before"));
    // the follower has had every chance to reconcile by now: several retry periods passed
    await().pollDelay(Duration.ofMillis(800)).until(() -> true);
    assertThat(secondReconciler.reconciled()).isEmpty();
    assertThat(first.leader()).isTrue();
    assertThat(second.leader()).isFalse();
    assertThat(first.metrics().scrape())
        .contains("leader_election_master_status{name=\"rset-test-leader\"} 1.0");
    assertThat(second.metrics().scrape())
        .contains("leader_election_master_status{name=\"rset-test-leader\"} 0.0");

    first.close();
    first = null;
    createConfigMap("after");

    await().atMost(Duration.ofSeconds(15)).until(() -> "replica-2".equals(holder()));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> secondReconciler.reconciled().containsAll(List.of("before", "after")));
    assertThat(second.leader()).isTrue();
    assertThat(firstReconciler.reconciled()).doesNotContain("after");
  }
}
