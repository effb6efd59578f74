package io.rset.gotemplate.parse;

/** A break action. */
public record BreakNode(int pos, int line) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
