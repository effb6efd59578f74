package io.rset.gotemplate.parse;

/** Plain text outside actions. */
public record TextNode(int pos, String text) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
