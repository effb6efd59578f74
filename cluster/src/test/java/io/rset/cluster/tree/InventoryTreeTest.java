package io.rset.cluster.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.cluster.ClusterException;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ObjectRef;
import io.rset.cluster.testing.Golden;
import io.rset.cluster.testing.MockCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InventoryTreeTest {
  private static MockCluster cluster;

  @BeforeAll
  static void start() {
    cluster = new MockCluster().fixture("tree.yaml");
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  private static String tree(String namespace, String name) {
    return TreePrinter.print(
        new InventoryTree(cluster.objects())
            .of(new ObjectRef(FluxKind.RESOURCE_SET, namespace, name)));
  }

  /**
   * The Kustomization and both HelmReleases are expanded (Flux 2.8 inventory and Helm storage), the
   * ResourceSet inside the Kustomization too, the one directly in the ResourceSet not, the
   * Kustomization listing itself not again, a missing Kustomization is a leaf.
   */
  @Test
  void expandsKustomizationsHelmReleasesAndNestedResourceSets() {
    Golden.assertMatches("tree-platform.txt", tree("flux-system", "platform"));
  }

  @Test
  void helmStorageObjectsGetTheReleaseNamespaceUnlessClusterScoped() {
    assertThat(tree("flux-system", "platform"))
        .contains(
            """
            ├── HelmRelease/flux-system/cert-manager
            │   ├── ServiceAccount/cert-manager/cert-manager
            │   ├── CustomResourceDefinition/certificates.cert-manager.io
            │   ├── ClusterRole/cert-manager-controller-issuers
            │   └── Deployment/cert-manager/cert-manager
            """);
  }

  @Test
  void missingResourceSetIsAnErrorWithTheApiText() {
    assertThatThrownBy(() -> tree("flux-system", "nope"))
        .isInstanceOf(ClusterException.class)
        .hasMessage(
            "failed to get ResourceSet/flux-system/nope: "
                + "resourcesets.fluxcd.controlplane.io \"nope\" not found");
  }

  @Test
  void resourceSetWithoutInventoryIsItsRootLine() {
    cluster.create(
        """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: empty
          namespace: flux-system
        spec: {}
        """);
    assertThat(tree("flux-system", "empty")).isEqualTo("ResourceSet/flux-system/empty\n\n");
  }
}
