package io.rset.gotemplate.parse;

/** An if action; elseList is null when absent. */
public record IfNode(int pos, int line, PipeNode pipe, ListNode list, ListNode elseList)
    implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
