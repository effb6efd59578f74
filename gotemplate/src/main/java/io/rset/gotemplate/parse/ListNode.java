package io.rset.gotemplate.parse;

import java.util.List;

/** A sequence of nodes. */
public record ListNode(int pos, List<Node> nodes) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
