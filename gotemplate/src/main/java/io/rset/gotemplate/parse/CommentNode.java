package io.rset.gotemplate.parse;

/** A comment; text includes the comment delimiters. */
public record CommentNode(int pos, String text) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
