package io.rset.gotemplate.parse;

/** A non-control action such as a field evaluation. */
public record ActionNode(int pos, int line, PipeNode pipe) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
