package io.rset.cluster.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TreePrinterTest {
  @Test
  void printsTheSpecExample() {
    TreeNode root =
        new TreeNode(
            "ResourceSet/apps/my-set",
            List.of(
                TreeNode.leaf("ServiceAccount/apps/test-serviceaccount"),
                new TreeNode(
                    "Kustomization/apps/podinfo",
                    List.of(
                        TreeNode.leaf("Deployment/apps/podinfo"),
                        TreeNode.leaf("Service/apps/podinfo"))),
                TreeNode.leaf("ConfigMap/apps/test-configmap")));
    assertThat(TreePrinter.print(root))
        .isEqualTo(
            """
            ResourceSet/apps/my-set
            ├── ServiceAccount/apps/test-serviceaccount
            ├── Kustomization/apps/podinfo
            │   ├── Deployment/apps/podinfo
            │   └── Service/apps/podinfo
            └── ConfigMap/apps/test-configmap

            """);
  }

  @Test
  void indentsUnderALastParentWithSpaces() {
    TreeNode root =
        new TreeNode(
            "R",
            List.of(
                new TreeNode(
                    "A",
                    List.of(new TreeNode("B", List.of(TreeNode.leaf("C"), TreeNode.leaf("D")))))));
    assertThat(TreePrinter.print(root))
        .isEqualTo("R\n└── A\n    └── B\n        ├── C\n        └── D\n\n");
  }

  @Test
  void rootAloneEndsWithAnEmptyLine() {
    assertThat(TreePrinter.print(TreeNode.leaf("ResourceSet/a/b")))
        .isEqualTo("ResourceSet/a/b\n\n");
  }
}
