package io.rset.gotemplate.parse;

/** The untyped nil constant. */
public record NilNode(int pos) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
