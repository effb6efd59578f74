package io.rset.gotemplate.parse;

import java.util.List;

/** A field chain .a.b; ident holds the names without dots. */
public record FieldNode(int pos, List<String> ident) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
