package io.rset.cluster.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InventoryEntryTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "apps_podinfo_helm.toolkit.fluxcd.io_HelmRelease | apps | podinfo | helm.toolkit.fluxcd.io | HelmRelease | HelmRelease/apps/podinfo",
        "ns_cm__ConfigMap | ns | cm | '' | ConfigMap | ConfigMap/ns/cm",
        "_ns1__Namespace | '' | ns1 | '' | Namespace | Namespace/ns1",
        "_system__controller__x_rbac.authorization.k8s.io_ClusterRole | '' | system:controller:x | rbac.authorization.k8s.io | ClusterRole | ClusterRole/system:controller:x",
        "apps_my_app_apps_Deployment | apps | my_app | apps | Deployment | Deployment/apps/my_app",
      })
  void parsesIds(String id, String ns, String name, String group, String kind, String display) {
    InventoryEntry e = InventoryEntry.parse(id, "v1").orElseThrow();
    assertThat(e).isEqualTo(new InventoryEntry(ns, name, group, kind, "v1"));
    assertThat(e.display()).isEqualTo(display);
  }

  @ParameterizedTest
  @CsvSource({"''", "noseparator", "one_sep", "a_b"})
  void rejectsIdsWithoutThreeSeparators(String id) {
    assertThat(InventoryEntry.parse(id, "v1")).isEmpty();
  }

  @Test
  void missingVersionIsEmpty() {
    assertThat(InventoryEntry.parse("a_b__C", null).orElseThrow().version()).isEmpty();
  }
}
