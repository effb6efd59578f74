package io.rset.gotemplate.parse;

/** The cursor, dot. */
public record DotNode(int pos) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
