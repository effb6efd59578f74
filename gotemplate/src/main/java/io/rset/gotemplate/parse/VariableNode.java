package io.rset.gotemplate.parse;

import java.util.List;

/**
 * A variable with an optional field chain: ident[0] is the variable name including $, the rest are
 * field names.
 */
public record VariableNode(int pos, List<String> ident) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
