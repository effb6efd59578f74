package io.rset.gotemplate.parse;

import java.util.List;

/** A command: a list of arguments, the first possibly a function. */
public record CommandNode(int pos, List<Node> args) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
