package io.rset.operator.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.rset.operator.api.ResourceSet;
import io.rset.operator.api.ResourceSetInputProvider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Prometheus text of the operator's own metrics (spec §4.15 info series). */
class PrometheusOperatorMetricsTest {
  private final PrometheusOperatorMetrics metrics = new PrometheusOperatorMetrics();

  private static ResourceSet resourceSet(String ready, String reason, Map<String, String> ann) {
    ResourceSet rs = new ResourceSet();
    rs.setMetadata(
        new ObjectMetaBuilder()
            .withNamespace("apps")
            .withName("podinfo")
            .withUid("u-1")
            .withAnnotations(ann)
            .build());
    rs.setStatus(
        new ResourceSet.Status(
            Map.of(
                "conditions",
                List.of(Map.of("type", "Ready", "status", ready, "reason", reason)),
                "inventory",
                Map.of("entries", List.of(Map.of("id", "a"), Map.of("id", "b"))),
                "lastAppliedRevision",
                "sha256:123")));
    return rs;
  }

  @Test
  void resourceSetInfoSeriesIsReplacedOnEveryStatusAndRemovedOnDeletion() {
    metrics.recordStatus(resourceSet("False", "DependencyNotReady", Map.of()));
    metrics.recordStatus(
        resourceSet(
            "True",
            "ReconciliationSucceeded",
            Map.of("fluxcd.controlplane.io/reconcile", "Disabled")));

    String text = metrics.scrape();
    assertThat(text)
        .contains("# TYPE flux_resourceset_info gauge")
        .contains(
            "flux_resourceset_info{exported_namespace=\"apps\",kind=\"ResourceSet\","
                + "name=\"podinfo\",ready=\"True\",reason=\"ReconciliationSucceeded\","
                + "resources=\"2\",revision=\"sha256:123\",suspended=\"True\",uid=\"u-1\"} 1")
        .doesNotContain("DependencyNotReady");

    metrics.forget(resourceSet("True", "x", Map.of()));
    assertThat(metrics.scrape()).doesNotContain("name=\"podinfo\"");
  }

  @Test
  void providerWithoutStatusIsUnknownAndCarriesItsUrl() {
    ResourceSetInputProvider p = new ResourceSetInputProvider();
    p.setMetadata(
        new ObjectMetaBuilder().withNamespace("apps").withName("prs").withUid("u").build());
    p.setSpec(
        new ResourceSetInputProvider.Spec(
            Map.of("type", "GitHubPullRequest", "url", "https://github.com/x/y")));

    metrics.recordStatus(p);

    assertThat(metrics.scrape())
        .contains(
            "flux_resourcesetinputprovider_info{exported_namespace=\"apps\","
                + "kind=\"ResourceSetInputProvider\",name=\"prs\",ready=\"Unknown\",reason=\"\","
                + "suspended=\"False\",uid=\"u\",url=\"https://github.com/x/y\"} 1");
  }

  @Test
  void reconcileDurationsAreAHistogramPerKindAndAppliesACounterPerAction() {
    metrics.recordReconcile("ResourceSet", Duration.ofMillis(30));
    metrics.recordReconcile("ResourceSet", Duration.ofSeconds(2));
    metrics.recordApplied("configured");

    assertThat(metrics.scrape())
        .contains("rset_reconcile_duration_seconds_bucket{kind=\"ResourceSet\",le=\"0.025\"} 0")
        .contains("rset_reconcile_duration_seconds_bucket{kind=\"ResourceSet\",le=\"0.05\"} 1")
        .contains("rset_reconcile_duration_seconds_bucket{kind=\"ResourceSet\",le=\"2.5\"} 2")
        .contains("rset_reconcile_duration_seconds_count{kind=\"ResourceSet\"} 2")
        .contains("rset_applied_objects_total{action=\"configured\"} 1.0");
  }
}
