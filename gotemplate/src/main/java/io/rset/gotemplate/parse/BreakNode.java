package io.rset.gotemplate.parse;

/** A break action. */
public record BreakNode(int pos, int line) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
