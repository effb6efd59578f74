package io.rset.gotemplate.parse;

/** A non-control action such as a field evaluation. */
public record ActionNode(int pos, int line, PipeNode pipe) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
