package io.rset.gotemplate.parse;

/** The untyped nil constant. */
public record NilNode(int pos) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
