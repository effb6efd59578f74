package io.rset.gotemplate.parse;

import java.util.List;

/** A term followed by field accesses, e.g. (pipe).a.b; field holds the names without dots. */
public record ChainNode(int pos, Node node, List<String> field) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
