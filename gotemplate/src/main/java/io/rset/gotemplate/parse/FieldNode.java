package io.rset.gotemplate.parse;

import java.util.List;

/** A field chain .a.b; ident holds the names without dots. */
public record FieldNode(int pos, List<String> ident) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
