package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Taking over other managers' fields (spec §4.4.3): matching, merging, no-ops. */
class ManagedFieldsTransferTest {
  private static final ManagedFieldsTransfer FLUX =
      ManagedFieldsTransfer.of(List.of(), "flux-operator");

  private static Map<String, Object> entry(
      String manager, String operation, Map<String, Object> fields) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("manager", manager);
    e.put("operation", operation);
    e.put("apiVersion", "v1");
    e.put("time", "2024-01-01T00:00:00Z");
    e.put("fieldsType", "FieldsV1");
    e.put("fieldsV1", fields);
    return e;
  }

  private static Map<String, Object> fields(String... keys) {
    Map<String, Object> f = new LinkedHashMap<>();
    for (String k : keys) {
      f.put("f:" + k, Map.of());
    }
    return Map.of("f:data", f);
  }

  private static List<String> managers(List<Map<String, Object>> entries) {
    return entries.stream().map(e -> e.get("manager") + "/" + e.get("operation")).toList();
  }

  @Test
  void fluxsManagersMatchByNameOperationAndExactness() {
    record Case(String manager, String operation, boolean taken) {}
    List<Case> cases =
        List.of(
            new Case("kustomize-controller", "Apply", true),
            new Case("kustomize-controller", "Update", false),
            new Case("kustomize-controller-2", "Apply", false),
            new Case("helm", "Update", true),
            new Case("helm", "Apply", false),
            new Case("helm-controller", "Update", false),
            new Case("kubectl", "Update", true),
            new Case("kubectl-client-side-apply", "Update", true),
            new Case("kubectl-edit", "Update", true),
            new Case("kubectl", "Apply", true),
            new Case("kubectl-server-side", "Apply", true),
            new Case("before-first-apply", "Update", true),
            new Case("before-first-apply-x", "Update", true),
            new Case("before-first-apply", "Apply", false),
            new Case("kube-controller-manager", "Update", false),
            new Case("my-controller", "Apply", false));
    for (Case c : cases) {
      var out = FLUX.transfer(List.of(entry(c.manager(), c.operation(), fields("a"))));
      assertThat(out.isPresent()).as(c.toString()).isEqualTo(c.taken());
    }
  }

  @Test
  void overrideManagersMatchExactlyForApplyAndUpdate() {
    ManagedFieldsTransfer t = ManagedFieldsTransfer.of(List.of("argo"), "flux-operator");

    assertThat(t.transfer(List.of(entry("argo", "Apply", fields("a"))))).isPresent();
    assertThat(t.transfer(List.of(entry("argo", "Update", fields("a"))))).isPresent();
    assertThat(t.transfer(List.of(entry("argocd", "Apply", fields("a"))))).isEmpty();
    assertThat(t.transfer(List.of(entry("argocd", "Update", fields("a"))))).isEmpty();
    assertThat(FLUX.transfer(List.of(entry("argo", "Update", fields("a"))))).isEmpty();
  }

  @Test
  void subresourceEntriesAreNotTakenOver() {
    Map<String, Object> status = entry("kubectl-edit", "Update", fields("a"));
    status.put("subresource", "status");

    assertThat(FLUX.transfer(List.of(status))).isEmpty();
  }

  @Test
  void nothingMatchingIsANoOp() {
    List<Map<String, Object>> entries =
        List.of(
            entry("kube-controller-manager", "Update", fields("a")),
            entry("flux-operator", "Apply", fields("b")));

    assertThat(FLUX.transfer(entries)).isEmpty();
    assertThat(FLUX.transfer(List.of())).isEmpty();
  }

  @Test
  void withoutAnOwnerEntryTheFirstMatchBecomesItAndTheOthersMergeIntoIt() {
    Map<String, Object> kubectl = entry("kubectl-client-side-apply", "Update", fields("a"));
    Map<String, Object> other = entry("kube-controller-manager", "Update", fields("z"));
    Map<String, Object> kustomize =
        entry(
            "kustomize-controller",
            "Apply",
            Map.of("f:data", Map.of("f:b", Map.of()), "f:metadata", Map.of("f:labels", Map.of())));
    kustomize.put("apiVersion", "v2");

    List<Map<String, Object>> out = FLUX.transfer(List.of(kubectl, other, kustomize)).orElseThrow();

    assertThat(managers(out))
        .containsExactly("kube-controller-manager/Update", "flux-operator/Apply");
    Map<String, Object> owner = out.get(1);
    assertThat(owner)
        .containsEntry("apiVersion", "v1")
        .containsEntry("time", "2024-01-01T00:00:00Z")
        .containsEntry("fieldsType", "FieldsV1")
        .containsEntry(
            "fieldsV1",
            Map.of(
                "f:data",
                Map.of("f:a", Map.of(), "f:b", Map.of()),
                "f:metadata",
                Map.of("f:labels", Map.of())));
    assertThat(out.get(0)).isSameAs(other);
    assertThat(kubectl).containsEntry("manager", "kubectl-client-side-apply");
  }

  @Test
  void anExistingOwnerApplyEntryReceivesTheFieldsAndMovesLast() {
    Map<String, Object> owner = entry("flux-operator", "Apply", fields("a"));
    owner.put("time", "2023-05-05T05:05:05Z");
    Map<String, Object> ownerUpdate = entry("flux-operator", "Update", fields("u"));
    Map<String, Object> helm = entry("helm", "Update", fields("b"));

    List<Map<String, Object>> out = FLUX.transfer(List.of(owner, ownerUpdate, helm)).orElseThrow();

    assertThat(managers(out)).containsExactly("flux-operator/Update", "flux-operator/Apply");
    assertThat(out.get(0)).isSameAs(ownerUpdate);
    assertThat(out.get(1))
        .containsEntry("time", "2023-05-05T05:05:05Z")
        .containsEntry("fieldsV1", fields("a", "b"));
    assertThat(owner).containsEntry("fieldsV1", fields("a"));
  }

  @Test
  void nestedFieldSetsAreUnitedDeeply() {
    Map<String, Object> a =
        Map.of(
            "f:spec",
            Map.of(
                "f:template",
                Map.of("f:spec", Map.of("k:{\"name\":\"web\"}", Map.of(".", Map.of())))));
    Map<String, Object> b =
        Map.of(
            "f:spec",
            Map.of(
                "f:replicas",
                Map.of(),
                "f:template",
                Map.of(
                    "f:spec",
                    Map.of("k:{\"name\":\"web\"}", Map.of("f:image", Map.of()), "f:x", Map.of()))));

    assertThat(ManagedFieldsTransfer.mergeFields(a, b))
        .isEqualTo(
            Map.of(
                "f:spec",
                Map.of(
                    "f:replicas",
                    Map.of(),
                    "f:template",
                    Map.of(
                        "f:spec",
                        Map.of(
                            "k:{\"name\":\"web\"}",
                            Map.of(".", Map.of(), "f:image", Map.of()),
                            "f:x",
                            Map.of())))));
    assertThat(ManagedFieldsTransfer.mergeFields(null, b)).isEqualTo(b);
    assertThat(ManagedFieldsTransfer.mergeFields(a, null)).isEqualTo(a);
  }

  @Test
  void anOwnerWithoutFieldsTakesTheMatchedFields() {
    Map<String, Object> owner = entry("flux-operator", "Apply", null);
    owner.remove("fieldsV1");

    List<Map<String, Object>> out =
        FLUX.transfer(List.of(owner, entry("kubectl", "Apply", fields("a")))).orElseThrow();

    assertThat(out).hasSize(1);
    assertThat(out.get(0)).containsEntry("fieldsV1", fields("a"));
  }
}
