package io.rset.gotemplate.parse;

/** A comment; text includes the comment delimiters. */
public record CommentNode(int pos, String text) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
