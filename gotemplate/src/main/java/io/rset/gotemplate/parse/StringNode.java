package io.rset.gotemplate.parse;

/** A string constant: quoted is the original source form, text the unquoted value. */
public record StringNode(int pos, String quoted, String text) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
