package io.rset.gotemplate.parse;

/** An if action; elseList is null when absent. */
public record IfNode(int pos, int line, PipeNode pipe, ListNode list, ListNode elseList)
    implements Node {
  // TODO(parse): toString() printing the node back as template source, as Go's String() does.
}
