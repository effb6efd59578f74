package io.rset.core.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.core.model.CommonMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectMetadataTest {
  private static final String RSET =
      """
      apiVersion: fluxcd.controlplane.io/v1
      kind: ResourceSet
      metadata:
        name: r
        namespace: ns
      spec:
        commonMetadata:
          labels:
            team: a
            resourceset.fluxcd.controlplane.io/name: from-common
          annotations:
            note: x
        resources:
          - apiVersion: v1
            kind: ConfigMap
            metadata:
              name: one
              labels: {existing: "1", team: old}
          - apiVersion: v1
            kind: ConfigMap
            metadata:
              name: two
              labels: {bad: 1, nul: null}
              annotations: {keep: k, nul: null}
      """;

  /** From {@code gotmpl-oracle -rset} (the CLI's order: commonMetadata, then owner labels). */
  private static final String ORACLE_CLI =
      """
      [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"annotations": {"note": "x"},
        "labels": {"existing": "1", "resourceset.fluxcd.controlplane.io/name": "r",
        "resourceset.fluxcd.controlplane.io/namespace": "ns", "team": "a"}, "name": "one"}},
       {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"annotations": {"keep": "k",
        "note": "x", "nul": ""}, "labels": {"resourceset.fluxcd.controlplane.io/name": "r",
        "resourceset.fluxcd.controlplane.io/namespace": "ns", "team": "a"}, "name": "two"}}]
      """;

  private static List<Map<String, Object>> build() {
    TestSpecs.Manifest m = TestSpecs.read(RSET);
    return ResourceSetBuilder.flatten(
        ResourceSetBuilder.build(m.spec(), CombinedInputs.of(m.spec().inputs())));
  }

  @Test
  void cliOrderMatchesOracle() {
    List<Map<String, Object>> objects = build();
    TestSpecs.Manifest m = TestSpecs.read(RSET);
    ObjectMetadata.apply(objects, m.spec().commonMetadata(), "r", "ns", ObjectMetadata.Order.CLI);
    assertThat(objects).isEqualTo(TestSpecs.decode(ORACLE_CLI));
  }

  @Test
  void controllerOrderLetsCommonMetadataOverrideOwnerLabels() {
    List<Map<String, Object>> objects = build();
    TestSpecs.Manifest m = TestSpecs.read(RSET);
    ObjectMetadata.apply(
        objects, m.spec().commonMetadata(), "r", "ns", ObjectMetadata.Order.CONTROLLER);
    assertThat(KubeObjects.getStringMap(objects.get(0), "metadata", "labels"))
        .containsEntry(ObjectMetadata.NAME_LABEL, "from-common")
        .containsEntry(ObjectMetadata.NAMESPACE_LABEL, "ns")
        .containsEntry("team", "a")
        .containsEntry("existing", "1");
  }

  @Test
  void emptyCommonMetadataWritesNoEmptyMaps() {
    Map<String, Object> o = new java.util.LinkedHashMap<>(Map.of("kind", "X"));
    ObjectMetadata.merge(o, Map.of(), Map.of());
    assertThat(o).containsOnlyKeys("kind");
    ObjectMetadata.apply(List.of(o), CommonMetadata.EMPTY, "r", "ns", ObjectMetadata.Order.CLI);
    assertThat(o.get("metadata"))
        .isEqualTo(
            Map.of(
                "labels",
                Map.of(ObjectMetadata.NAME_LABEL, "r", ObjectMetadata.NAMESPACE_LABEL, "ns")));
  }
}
