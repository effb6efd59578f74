package io.rset.gotemplate.parse;

/** A template invocation; pipe is null when absent. */
public record TemplateNode(int pos, int line, String name, PipeNode pipe) implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
