package io.rset.gotemplate.parse;

/** A string constant: quoted is the original source form, text the unquoted value. */
public record StringNode(int pos, String quoted, String text) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
