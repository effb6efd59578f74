package io.rset.gotemplate.parse;

/** A template invocation; pipe is null when absent. */
public record TemplateNode(int pos, int line, String name, PipeNode pipe) implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
