package io.rset.kubetesting;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathsAndMergesTest {
  @Test
  void apiPaths() {
    assertThat(ApiPath.parse("/api/v1/namespaces/ns/configmaps/cm/status"))
        .isEqualTo(new ApiPath("/api/v1", "ns", "configmaps", "cm", "status"));
    assertThat(ApiPath.parse("/apis/apps/v1/deployments"))
        .isEqualTo(new ApiPath("/apis/apps/v1", null, "deployments", null, null));
    assertThat(ApiPath.parse("/api/v1/namespaces/team"))
        .isEqualTo(new ApiPath("/api/v1", null, "namespaces", "team", null));
    assertThat(ApiPath.parse("/api/v1/namespaces/team/status"))
        .isEqualTo(new ApiPath("/api/v1", null, "namespaces", "team", "status"));
    assertThat(ApiPath.parse("/version")).isNull();
    ApiPath p = ApiPath.parse("/apis/example.io/v1/namespaces/ns/widgets/w");
    assertThat(p.groupVersion()).isEqualTo("example.io/v1");
    assertThat(p.collection()).isEqualTo("/apis/example.io/v1/namespaces/ns/widgets");
    assertThat(p.object()).isEqualTo("/apis/example.io/v1/namespaces/ns/widgets/w");
  }

  @Test
  void queryStrings() {
    RecordedCall c =
        RecordedCall.of(
            0, "patch", "/x?fieldManager=a%20b&force=true&force=false&dryRun=All", Map.of(), null);
    assertThat(c.query()).containsEntry("fieldManager", "a b").containsEntry("force", "true");
    assertThat(c.isDryRun()).isTrue();
    assertThat(c.isWrite()).isFalse();
    assertThat(c.method()).isEqualTo("PATCH");
  }

  @Test
  void applyAndMergeAlgebra() {
    Map<String, Object> current = map("a", 1, "b", map("x", 1, "y", 2), "l", List.of(1, 2));
    Map<String, Object> previous = map("b", map("x", 1), "l", List.of(1));
    Map<String, Object> applied = map("l", List.of(3), "c", 3);
    assertThat(ApplyMerge.apply(current, previous, applied))
        .isEqualTo(map("a", 1, "b", map("y", 2), "l", List.of(3), "c", 3));
    assertThat(
            ApplyMerge.mergePatch(
                map("a", 1, "l", List.of(1), "m", map("k", 1, "j", 2)),
                map("a", null, "l", List.of(2), "m", map("k", null))))
        .isEqualTo(map("l", List.of(2), "m", map("j", 2)));
    List<Object> withNull = new ArrayList<>();
    withNull.add(map("k", null));
    Map<String, Object> o = map("x", null, "l", withNull);
    ApplyMerge.dropNulls(o);
    assertThat(o).isEqualTo(map("l", List.of(map())));
  }

  @Test
  void crdsAreEstablishedUnlessDisabled() {
    try (MockCluster cluster = MockCluster.start()) {
      cluster.createCrds("widgets-crd.yaml");
      CustomResourceDefinition crd =
          cluster
              .client()
              .apiextensions()
              .v1()
              .customResourceDefinitions()
              .withName("widgets.example.io")
              .get();
      assertThat(crd.getStatus().getConditions())
          .anySatisfy(
              c -> assertThat(c.getType() + "=" + c.getStatus()).isEqualTo("Established=True"));
    }
    try (MockCluster cluster = MockCluster.start()) {
      cluster.dispatcher().establishCrds(false);
      cluster.createCrds("widgets-crd.yaml");
      var crds = cluster.client().apiextensions().v1().customResourceDefinitions();
      assertThat(crds.withName("widgets.example.io").get().getStatus()).isNull();
      cluster.dispatcher().establishCrd("widgets.example.io");
      assertThat(crds.withName("widgets.example.io").get().getStatus().getConditions()).hasSize(2);
    }
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
