package io.rset.gotemplate.parse;

/** A function name. */
public record IdentifierNode(int pos, String ident) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
