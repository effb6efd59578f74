package io.rset.gotemplate.parse;

/**
 * One parsed template: a top-level template or a {@code define}d one.
 *
 * @param name the template's name ({@code resourceset}, or the name given to define/block)
 * @param parseName the name of the top-level template whose source this tree came from
 * @param root the body
 * @param text the full source text that node positions index into
 */
public record Tree(String name, String parseName, ListNode root, String text) {

  /** Go's {@code IsEmptyTree}: true when the body holds only whitespace text and comments. */
  public boolean isEmpty() {
    return isEmptyTree(root);
  }

  /** Go's {@code IsEmptyTree} for a node: null, comments and white-space text are empty. */
  static boolean isEmptyTree(Node n) {
    if (n == null || n instanceof CommentNode) {
      return true;
    }
    if (n instanceof ListNode l) {
      for (Node c : l.nodes()) {
        if (!isEmptyTree(c)) {
          return false;
        }
      }
      return true;
    }
    if (n instanceof TextNode t) {
      return GoText.isBlank(t.text());
    }
    return false;
  }

  @Override
  public String toString() {
    return "Tree[" + name + "]";
  }
}
