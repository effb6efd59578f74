package io.rset.gotemplate.parse;

import io.rset.gotemplate.fmt.GoStrconv;
import java.util.List;

/** Prints nodes back as template source exactly as Go's {@code Node.String()} does. */
final class NodePrinter {
  private NodePrinter() {}

  /** Go's {@code n.String()}. */
  static String print(Node n) {
    StringBuilder sb = new StringBuilder();
    write(sb, n);
    return sb.toString();
  }

  /** Go's {@code n.writeTo(sb)}. */
  static void write(StringBuilder sb, Node n) {
    if (n instanceof ListNode l) {
      for (Node c : l.nodes()) {
        write(sb, c);
      }

    } else if (n instanceof TextNode t) {
      sb.append(t.text());
    } else if (n instanceof CommentNode c) {
      sb.append("{{").append(c.text()).append("}}");
    } else if (n instanceof PipeNode p) {
      writePipe(sb, p);
    } else if (n instanceof ActionNode a) {
      sb.append("{{");
      writePipe(sb, a.pipe());
      sb.append("}}");

    } else if (n instanceof CommandNode c) {
      List<Node> args = c.args();
      for (int i = 0; i < args.size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        writeArg(sb, args.get(i));
      }

    } else if (n instanceof IdentifierNode i) {
      sb.append(i.ident());
    } else if (n instanceof VariableNode v) {
      join(sb, v.ident());
    } else if (n instanceof DotNode d) {
      sb.append('.');
    } else if (n instanceof NilNode x) {
      sb.append("nil");
    } else if (n instanceof FieldNode f) {
      for (String id : f.ident()) {
        sb.append('.').append(id);
      }

    } else if (n instanceof ChainNode c) {
      writeArg(sb, c.node());
      for (String f : c.field()) {
        sb.append('.').append(f);
      }

    } else if (n instanceof BoolNode b) {
      sb.append(b.value() ? "true" : "false");
    } else if (n instanceof NumberNode num) {
      sb.append(num.text());
    } else if (n instanceof StringNode s) {
      sb.append(s.quoted());
    } else if (n instanceof IfNode b) {
      writeBranch(sb, "if", b.pipe(), b.list(), b.elseList());
    } else if (n instanceof RangeNode b) {
      writeBranch(sb, "range", b.pipe(), b.list(), b.elseList());
    } else if (n instanceof WithNode b) {
      writeBranch(sb, "with", b.pipe(), b.list(), b.elseList());
    } else if (n instanceof BreakNode b) {
      sb.append("{{break}}");
    } else if (n instanceof ContinueNode c) {
      sb.append("{{continue}}");
    } else if (n instanceof TemplateNode t) {
      sb.append("{{template ").append(GoStrconv.quote(t.name()));
      if (t.pipe() != null) {
        sb.append(' ');
        writePipe(sb, t.pipe());
      }
      sb.append("}}");
    }
  }

  /** An argument: a pipeline inside a command or chain is parenthesised. */
  private static void writeArg(StringBuilder sb, Node arg) {
    if (arg instanceof PipeNode p) {
      sb.append('(');
      writePipe(sb, p);
      sb.append(')');
    } else {
      write(sb, arg);
    }
  }

  private static void writePipe(StringBuilder sb, PipeNode p) {
    List<VariableNode> decl = p.decl();
    if (!decl.isEmpty()) {
      for (int i = 0; i < decl.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        join(sb, decl.get(i).ident());
      }
      sb.append(p.isAssign() ? " = " : " := ");
    }
    List<CommandNode> cmds = p.cmds();
    for (int i = 0; i < cmds.size(); i++) {
      if (i > 0) {
        sb.append(" | ");
      }
      write(sb, cmds.get(i));
    }
  }

  private static void writeBranch(
      StringBuilder sb, String name, PipeNode pipe, ListNode list, ListNode elseList) {
    sb.append("{{").append(name).append(' ');
    writePipe(sb, pipe);
    sb.append("}}");
    write(sb, list);
    if (elseList != null) {
      sb.append("{{else}}");
      write(sb, elseList);
    }
    sb.append("{{end}}");
  }

  private static void join(StringBuilder sb, List<String> ident) {
    for (int i = 0; i < ident.size(); i++) {
      if (i > 0) {
        sb.append('.');
      }
      sb.append(ident.get(i));
    }
  }
}
