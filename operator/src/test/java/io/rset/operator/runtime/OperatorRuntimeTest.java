package io.rset.operator.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.rset.kubetesting.MockCluster;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runtime on the mock server: probes, the metrics endpoint, namespaces watched. */
class OperatorRuntimeTest {
  private MockCluster cluster;
  private OperatorRuntime runtime;

  @BeforeEach
  void startCluster() {
    cluster = MockCluster.start();
  }

  @AfterEach
  void stop() {
    if (runtime != null) {
      runtime.close();
    }
    cluster.close();
  }

  private RecordingReconciler startRuntime(Set<String> namespaces) {
    RecordingReconciler reconciler = new RecordingReconciler();
    OperatorSettings settings =
        new OperatorSettings(
            namespaces,
            2,
            Duration.ofSeconds(5),
            null,
            null,
            ListenAddress.parse("127.0.0.1:0"),
            ListenAddress.parse("127.0.0.1:0"));
    runtime =
        new OperatorRuntime(
            cluster.newClient(b -> b),
            settings,
            (client, s, metrics) -> List.<Reconciler<? extends HasMetadata>>of(reconciler),
            true);
    runtime.start();
    return reconciler;
  }

  private void createConfigMap(String namespace, String name) {
    ConfigMap cm =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withNamespace(namespace)
            .withName(name)
            .endMetadata()
            .addToData("k", "v")
            .build();
    cluster.client().resource(cm).create();
  }

  @Test
  void probesAnswerOkOnceStartedAndUnknownPathsGet404() {
    startRuntime(Set.of());

    HttpResponse<String> healthz = Http.get(runtime.healthAddress(), "/healthz");
    HttpResponse<String> readyz = Http.get(runtime.healthAddress(), "/readyz");
    assertThat(healthz.statusCode()).isEqualTo(200);
    assertThat(healthz.body()).isEqualTo("ok");
    assertThat(readyz.statusCode()).isEqualTo(200);
    assertThat(readyz.body()).isEqualTo("ok");
    assertThat(Http.get(runtime.healthAddress(), "/metrics").statusCode()).isEqualTo(404);
    assertThat(Http.send(runtime.healthAddress(), "/healthz", "POST").statusCode()).isEqualTo(405);
  }

  @Test
  void probesFailUntilTheOperatorHasStarted() {
    RecordingReconciler reconciler = new RecordingReconciler();
    OperatorSettings settings =
        new OperatorSettings(
            Set.of(),
            1,
            Duration.ofSeconds(5),
            null,
            null,
            ListenAddress.DISABLED,
            ListenAddress.parse("127.0.0.1:0"));
    runtime =
        new OperatorRuntime(
            cluster.newClient(b -> b),
            settings,
            (client, s, metrics) -> List.<Reconciler<? extends HasMetadata>>of(reconciler),
            true);
    runtime.startServers();

    HttpResponse<String> readyz = Http.get(runtime.healthAddress(), "/readyz");
    HttpResponse<String> healthz = Http.get(runtime.healthAddress(), "/healthz");
    assertThat(readyz.statusCode()).isEqualTo(500);
    assertThat(readyz.body()).isEqualTo("readyz check failed\n");
    assertThat(healthz.statusCode()).isEqualTo(500);
    assertThat(healthz.body()).isEqualTo("healthz check failed\n");

    runtime.start();
    assertThat(Http.get(runtime.healthAddress(), "/readyz").statusCode()).isEqualTo(200);
    assertThat(Http.get(runtime.healthAddress(), "/healthz").statusCode()).isEqualTo(200);
  }

  @Test
  void metricsEndpointServesReconcileHistogramPerKindAndJosdkMetrics() {
    RecordingReconciler reconciler = startRuntime(Set.of());
    createConfigMap("apps", "one");
    await().atMost(Duration.ofSeconds(10)).until(() -> reconciler.reconciled().contains("one"));
    runtime.metrics().recordApplied("created");
    runtime.metrics().recordApplied("created");
    runtime.metrics().recordApplied("unchanged");

    HttpResponse<String> response = Http.get(runtime.metricsAddress(), "/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("text/plain; version=0.0.4; charset=utf-8");
    assertThat(response.body())
        .contains("# TYPE rset_reconcile_duration_seconds histogram")
        .containsPattern(
            "rset_reconcile_duration_seconds_bucket\\{kind=\"ConfigMap\",le=\"0\\.005\"\\} \\d")
        .containsPattern("rset_reconcile_duration_seconds_count\\{kind=\"ConfigMap\"\\} [1-9]")
        .contains("rset_applied_objects_total{action=\"created\"} 2.0")
        .contains("rset_applied_objects_total{action=\"unchanged\"} 1.0")
        .contains("operator_sdk_controllers_execution_reconcile_seconds");
  }

  @Test
  void watchNamespacesLimitsWhatIsReconciled() {
    RecordingReconciler reconciler = startRuntime(Set.of("team-a"));
    createConfigMap("team-b", "ignored");
    createConfigMap("team-a", "watched");

    await().atMost(Duration.ofSeconds(10)).until(() -> reconciler.reconciled().contains("watched"));
    assertThat(reconciler.reconciled()).doesNotContain("ignored");
  }

  @Test
  void disabledAddressesStartNoServer() {
    RecordingReconciler reconciler = new RecordingReconciler();
    OperatorSettings settings =
        new OperatorSettings(
            Set.of(),
            1,
            Duration.ofSeconds(5),
            null,
            null,
            ListenAddress.DISABLED,
            ListenAddress.DISABLED);
    runtime =
        new OperatorRuntime(
            cluster.newClient(b -> b),
            settings,
            (client, s, metrics) -> List.<Reconciler<? extends HasMetadata>>of(reconciler),
            true);
    runtime.start();

    assertThat(runtime.metricsAddress()).isNull();
    assertThat(runtime.healthAddress()).isNull();
    assertThat(runtime.ready()).isTrue();
  }
}
