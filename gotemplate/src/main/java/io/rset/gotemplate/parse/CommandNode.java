package io.rset.gotemplate.parse;

import java.util.List;

/** A command: a list of arguments, the first possibly a function. */
public record CommandNode(int pos, List<Node> args) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
