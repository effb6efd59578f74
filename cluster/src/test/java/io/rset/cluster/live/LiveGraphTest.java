package io.rset.cluster.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.cluster.testing.Golden;
import io.rset.cluster.testing.MockCluster;
import io.rset.core.graph.DependencyGraph;
import io.rset.core.graph.GraphFormat;
import io.rset.core.graph.NodeId;
import io.rset.core.graph.Readiness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LiveGraphTest {
  private static MockCluster cluster;

  @BeforeAll
  static void start() {
    cluster = new MockCluster().fixture("live.yaml");
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  private static String text(DependencyGraph g) {
    var a = g.analyze();
    return GraphFormat.TEXT.render(g, a) + BlockedReport.render(g, a);
  }

  private static Readiness state(DependencyGraph g, NodeId id) {
    return g.node(id).state().readiness();
  }

  @Test
  void allNamespacesWithStatesAndTheBlockedSubtrees() {
    Golden.assertMatches("live-all.txt", text(new LiveGraph(cluster.objects()).of(null)));
  }

  @Test
  void oneNamespaceLooksUpTargetsOutsideIt() {
    DependencyGraph g = new LiveGraph(cluster.objects()).of("apps");
    assertThat(state(g, new NodeId("helm.toolkit.fluxcd.io", "HelmRelease", "apps", "valkey")))
        .isEqualTo(Readiness.READY);
    assertThat(
            state(
                g,
                new NodeId(
                    "helm.toolkit.fluxcd.io", "HelmRelease", "cert-manager", "cert-manager")))
        .isEqualTo(Readiness.MISSING);
    assertThat(g.nodes()).hasSize(3);
  }

  @Test
  void resourceSetTargetsOfAnyKind() {
    DependencyGraph g = new LiveGraph(cluster.objects()).of("flux-system");
    assertThat(
            state(
                g,
                new NodeId(
                    "apiextensions.k8s.io",
                    "CustomResourceDefinition",
                    "",
                    "helmreleases.helm.toolkit.fluxcd.io")))
        .isEqualTo(Readiness.READY);
    assertThat(state(g, new NodeId("", "Namespace", "", "tenants"))).isEqualTo(Readiness.MISSING);
    assertThat(
            state(g, new NodeId("fluxcd.controlplane.io", "ResourceSet", "flux-system", "paused")))
        .isEqualTo(Readiness.SUSPENDED);
  }

  @Test
  void blockedReportNamesTheRootCauseAndWhatWaits() {
    String report =
        BlockedReport.render(
            new LiveGraph(cluster.objects()).of(null),
            new LiveGraph(cluster.objects()).of(null).analyze());
    assertThat(report)
        .contains(
            "  Kustomization/flux-system/infra-configs [NotReady: health check failed after 5m0s:"
                + " timeout waiting for: [ClusterIssuer/letsencrypt status: 'InProgress']]\n"
                + "    blocks 2: Kustomization/flux-system/apps, ResourceSet/flux-system/tenants\n")
        .doesNotContain("  Kustomization/flux-system/apps [");
  }

  @Test
  void mermaidAndJsonCarryTheStates() {
    DependencyGraph g = new LiveGraph(cluster.objects()).of(null);
    assertThat(GraphFormat.MERMAID.render(g, g.analyze()))
        .contains(":::notready")
        .contains(":::ready");
    assertThat(GraphFormat.JSON.render(g, g.analyze())).contains("\"ready\": \"Missing\"");
  }
}
