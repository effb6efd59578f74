package io.rset.gotemplate.parse;

/** Plain text outside actions. */
public record TextNode(int pos, String text) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
