package io.rset.cluster.tree;

import java.util.List;

/** A line of the tree and the lines under it, in order. */
public record TreeNode(String label, List<TreeNode> children) {
  public TreeNode {
    children = List.copyOf(children);
  }

  /** A node without children. */
  public static TreeNode leaf(String label) {
    return new TreeNode(label, List.of());
  }
}
