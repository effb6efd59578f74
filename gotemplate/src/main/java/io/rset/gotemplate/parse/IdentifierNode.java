package io.rset.gotemplate.parse;

/** A function name. */
public record IdentifierNode(int pos, String ident) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
