package io.rset.gotemplate.parse;

/** A boolean constant. */
public record BoolNode(int pos, boolean value) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
