package io.rset.gotemplate.parse;

/** The cursor, dot. */
public record DotNode(int pos) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
