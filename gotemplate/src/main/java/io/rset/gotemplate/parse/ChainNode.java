package io.rset.gotemplate.parse;

import java.util.List;

/** A term followed by field accesses, e.g. (pipe).a.b; field holds the names without dots. */
public record ChainNode(int pos, Node node, List<String> field) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
