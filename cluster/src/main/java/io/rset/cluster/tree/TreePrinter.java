package io.rset.cluster.tree;

import java.util.List;

/**
 * Prints a tree as §6.4 shows it: the root's label, then each child prefixed {@code ├── } (or
 * {@code └── } for the last), deeper levels indented by {@code │ } under a parent that is not last
 * and four spaces under one that is. The text ends with an extra newline.
 */
public final class TreePrinter {
  private TreePrinter() {}

  /** The printed tree. */
  public static String print(TreeNode root) {
    StringBuilder out = new StringBuilder();
    out.append(root.label()).append('\n');
    children(out, root.children(), "");
    return out.append('\n').toString();
  }

  private static void children(StringBuilder out, List<TreeNode> nodes, String indent) {
    for (int i = 0; i < nodes.size(); i++) {
      boolean last = i == nodes.size() - 1;
      TreeNode n = nodes.get(i);
      out.append(indent).append(last ? "└── " : "├── ").append(n.label()).append('\n');
      children(out, n.children(), indent + (last ? "    " : "│   "));
    }
  }
}
