package io.rset.gotemplate.parse;

/** A boolean constant. */
public record BoolNode(int pos, boolean value) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
