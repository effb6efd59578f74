package io.rset.gotemplate.parse;

/** A continue action. */
public record ContinueNode(int pos, int line) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
