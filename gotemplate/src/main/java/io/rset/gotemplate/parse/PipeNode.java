package io.rset.gotemplate.parse;

import java.util.List;

/** A pipeline with optional declaration ($x := or $x = when isAssign). */
public record PipeNode(
    int pos, int line, boolean isAssign, List<VariableNode> decl, List<CommandNode> cmds)
    implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
