package io.rset.cluster.why;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.cluster.FluxKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fabric8 view against the CRUD mock server gives the same explanations as the in-memory view,
 * for every scenario: objects with status, events from both APIs, lists across namespaces.
 */
class FabricClusterViewTest {
  /** One mock cluster per fixture, shared by the scenarios that read it (they only read). */
  private static final Map<String, FixtureCluster> clusters = new HashMap<>();

  static java.util.stream.Stream<Arguments> scenarios() {
    return WhyGoldenTest.scenarios();
  }

  @ParameterizedTest(name = "{0} {1} {2}/{3}")
  @MethodSource("scenarios")
  void sameExplanationAsTheInMemoryView(String fixture, FluxKind kind, String ns, String name) {
    ObjectRef target = ObjectRef.of(kind, ns, name);
    Explanation expected = new WhyAnalyser(Fixtures.view(fixture)).explain(target);
    FixtureCluster cluster = clusters.computeIfAbsent(fixture, FixtureCluster::of);
    Explanation actual = new WhyAnalyser(new FabricClusterView(cluster.client)).explain(target);
    assertThat(ExplanationJson.render(actual)).isEqualTo(ExplanationJson.render(expected));
  }

  @AfterAll
  static void stopClusters() {
    clusters.values().forEach(FixtureCluster::close);
    clusters.clear();
  }

  @Test
  void getKeepsStatusAndGenerationAndMissesCleanly() {
    try (FixtureCluster cluster = FixtureCluster.of("generation-behind")) {
      FabricClusterView view = new FabricClusterView(cluster.client);
      Optional<Map<String, Object>> cilium =
          view.get(ObjectRef.of(FluxKind.HELM_RELEASE, "flux-system", "cilium"));
      assertThat(cilium).isPresent();
      assertThat(Fields.number(cilium.get(), "metadata", "generation")).isEqualTo(7L);
      assertThat(Fields.number(cilium.get(), "status", "observedGeneration")).isEqualTo(6L);
      assertThat(view.get(ObjectRef.of(FluxKind.HELM_RELEASE, "flux-system", "nope"))).isEmpty();
      assertThat(view.list(FluxKind.HELM_RELEASE.apiVersion(), "HelmRelease", ""))
          .extracting(ObjectRef::name)
          .containsExactlyInAnyOrder("cert-manager", "cilium");
    }
  }
}
