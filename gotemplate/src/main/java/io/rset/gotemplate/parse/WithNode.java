package io.rset.gotemplate.parse;

/** A with action; elseList is null when absent. */
public record WithNode(int pos, int line, PipeNode pipe, ListNode list, ListNode elseList)
    implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
