package io.rset.gotemplate.parse;

/**
 * A parse tree node. Nodes are immutable values; evaluation lives in the executor. {@link #pos()}
 * is the char index of the node in the source text of its {@link Tree} (Go's byte Pos, converted to
 * UTF-8 bytes only when an error is reported). {@code toString()} prints the node back as template
 * source the way Go's {@code String()} does (always with {{ }} delimiters).
 */
public sealed interface Node
    permits ListNode,
        TextNode,
        CommentNode,
        PipeNode,
        ActionNode,
        CommandNode,
        IdentifierNode,
        VariableNode,
        DotNode,
        NilNode,
        FieldNode,
        ChainNode,
        BoolNode,
        NumberNode,
        StringNode,
        IfNode,
        RangeNode,
        WithNode,
        BreakNode,
        ContinueNode,
        TemplateNode {
  int pos();
}
