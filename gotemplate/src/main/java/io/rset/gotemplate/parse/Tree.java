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
    throw new UnsupportedOperationException("TODO(parse)");
  }

  @Override
  public String toString() {
    return "Tree[" + name + "]";
  }
}
