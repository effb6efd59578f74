package io.rset.gotemplate.parse;

/** A continue action. */
public record ContinueNode(int pos, int line) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
