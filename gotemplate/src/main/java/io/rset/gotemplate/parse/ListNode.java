package io.rset.gotemplate.parse;

import java.util.List;

/** A sequence of nodes. */
public record ListNode(int pos, List<Node> nodes) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
