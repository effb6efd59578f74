package io.rset.core.graph;

import static io.rset.core.graph.Objects.helmRelease;
import static io.rset.core.graph.Objects.hr;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class GraphAnalysisTest {
  /** cilium ← cert-manager ← {istio-csr, trust} ← istiod; metrics alone. */
  static DependencyGraph platform() {
    return DependencyGraph.of(
        List.of(
            helmRelease("cilium"),
            helmRelease("cert-manager", "cilium"),
            helmRelease("istio-csr", "cert-manager"),
            helmRelease("trust", "cert-manager", "cilium"),
            helmRelease("istiod", "istio-csr", "trust"),
            helmRelease("metrics")));
  }

  @Test
  void wavesAreTopologicalLevels() {
    GraphAnalysis a = platform().analyze();
    assertThat(a.waves())
        .containsExactly(
            List.of(hr("cilium"), hr("metrics")),
            List.of(hr("cert-manager")),
            List.of(hr("istio-csr"), hr("trust")),
            List.of(hr("istiod")));
    assertThat(a.waveOf()).containsEntry(hr("istiod"), 3).containsEntry(hr("metrics"), 0);
    assertThat(a.blocked()).isEmpty();
    assertThat(a.cycles()).isEmpty();
  }

  @Test
  void criticalPathIsTheLongestChainInDeployOrder() {
    assertThat(platform().analyze().criticalPath())
        .containsExactly(hr("cilium"), hr("cert-manager"), hr("istio-csr"), hr("istiod"));
  }

  @Test
  void dependentsRootsAndLeaves() {
    GraphAnalysis a = platform().analyze();
    assertThat(a.dependents().get(hr("cert-manager")))
        .containsExactly(hr("istio-csr"), hr("trust"));
    assertThat(a.dependents().get(hr("cilium"))).containsExactly(hr("cert-manager"), hr("trust"));
    assertThat(a.transitiveDependents())
        .containsEntry(hr("cilium"), 4)
        .containsEntry(hr("cert-manager"), 3)
        .containsEntry(hr("istiod"), 0);
    assertThat(a.roots()).containsExactly(hr("cilium"), hr("metrics"));
    assertThat(a.leaves()).containsExactly(hr("istiod"), hr("metrics"));
  }

  @Test
  void cyclesAreReportedAsPathsAndBlockTheirDependents() {
    DependencyGraph g =
        DependencyGraph.of(
            List.of(
                helmRelease("a", "b"),
                helmRelease("b", "c"),
                helmRelease("c", "a"),
                helmRelease("d", "a"),
                helmRelease("e"),
                helmRelease("self", "self")));
    GraphAnalysis a = g.analyze();
    assertThat(a.cycles())
        .containsExactly(
            List.of(hr("a"), hr("b"), hr("c"), hr("a")), List.of(hr("self"), hr("self")));
    assertThat(a.blocked()).containsExactly(hr("a"), hr("b"), hr("c"), hr("d"), hr("self"));
    assertThat(a.waves()).containsExactly(List.of(hr("e")));
    assertThat(a.criticalPath()).containsExactly(hr("e"));
    // a's dependents: c directly, b through c, d; a itself is not counted.
    assertThat(a.transitiveDependents())
        .containsEntry(hr("a"), 3)
        .containsEntry(hr("d"), 0)
        .containsEntry(hr("self"), 0);
  }

  @Test
  void cycleThroughTheShortestPathInItsComponent() {
    // a → b → a and a → c → d → a share a component: the shortest closed path is reported.
    GraphAnalysis a =
        DependencyGraph.of(
                List.of(
                    helmRelease("a", "c", "b"),
                    helmRelease("b", "a"),
                    helmRelease("c", "d"),
                    helmRelease("d", "a")))
            .analyze();
    assertThat(a.cycles()).containsExactly(List.of(hr("a"), hr("b"), hr("a")));
  }

  @Test
  void cyclesAcrossKinds() {
    Map<String, Object> rs =
        Objects.object(
            "fluxcd.controlplane.io/v1",
            "ResourceSet",
            "flux-system",
            "apps",
            List.of(
                Objects.dep(
                    "kustomize.toolkit.fluxcd.io/v1", "Kustomization", "flux-system", "infra")));
    Map<String, Object> ks =
        Objects.object(
            "kustomize.toolkit.fluxcd.io/v1",
            "Kustomization",
            "flux-system",
            "infra",
            List.of(Map.of("name", "infra-2")));
    Map<String, Object> ks2 =
        Objects.object(
            "kustomize.toolkit.fluxcd.io/v1", "Kustomization", "flux-system", "infra-2", null);
    // No cycle: ResourceSet → Kustomization → Kustomization.
    assertThat(DependencyGraph.of(List.of(rs, ks, ks2)).analyze().cycles()).isEmpty();
  }

  @Test
  void undefinedDependenciesAreNodesMarkedUndefined() {
    DependencyGraph g =
        DependencyGraph.of(
            List.of(
                helmRelease("a", "missing"),
                Objects.object(
                    "fluxcd.controlplane.io/v1",
                    "ResourceSet",
                    "flux-system",
                    "rs",
                    List.of(
                        Objects.dep("v1", "Namespace", null, "apps"),
                        Objects.dep("v1", "Namespace", null, "other"))),
                Objects.object("v1", "Namespace", null, "apps", null)));
    assertThat(g.node(hr("missing")).defined()).isFalse();
    assertThat(g.node(hr("a")).defined()).isTrue();
    assertThat(g.node(new NodeId("", "Namespace", "", "apps")).defined()).isTrue();
    assertThat(g.node(new NodeId("", "Namespace", "", "other")).defined()).isFalse();
    assertThat(g.nodes()).hasSize(5);
  }

  @Test
  void emptyGraph() {
    GraphAnalysis a = DependencyGraph.of(List.of()).analyze();
    assertThat(a.waves()).isEmpty();
    assertThat(a.criticalPath()).isEmpty();
    assertThat(a.roots()).isEmpty();
  }

  @Test
  void withStatesKeepsTheStructure() {
    DependencyGraph g =
        platform()
            .withStates(
                Map.of(
                    hr("cilium"),
                    new NodeState(Readiness.READY, ""),
                    hr("nope"),
                    NodeState.UNKNOWN));
    assertThat(g.node(hr("cilium")).state().readiness()).isEqualTo(Readiness.READY);
    assertThat(g.node(hr("nope"))).isNull();
    assertThat(g.edges()).isEqualTo(platform().edges());
  }

  @Test
  @Timeout(60)
  void deepChainsAndLargeCyclesNeedNoRecursion() {
    int n = 20_000;
    List<Map<String, Object>> objects = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      objects.add(helmRelease("r" + i, "r" + ((i + 1) % n)));
    }
    GraphAnalysis cyclic = DependencyGraph.of(objects).analyze();
    assertThat(cyclic.cycles()).hasSize(1);
    assertThat(cyclic.cycles().get(0)).hasSize(n + 1);
    assertThat(cyclic.blocked()).hasSize(n);

    objects.set(n - 1, helmRelease("r" + (n - 1)));
    GraphAnalysis chain = DependencyGraph.of(objects).analyze();
    assertThat(chain.cycles()).isEmpty();
    assertThat(chain.waves()).hasSize(n);
    assertThat(chain.criticalPath()).hasSize(n);
    assertThat(chain.transitiveDependents().get(hr("r" + (n - 1)))).isEqualTo(n - 1);
  }
}
