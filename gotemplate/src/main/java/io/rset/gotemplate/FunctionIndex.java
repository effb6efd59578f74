package io.rset.gotemplate;

import io.rset.gotemplate.func.FuncMap;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.parse.ActionNode;
import io.rset.gotemplate.parse.ChainNode;
import io.rset.gotemplate.parse.CommandNode;
import io.rset.gotemplate.parse.IdentifierNode;
import io.rset.gotemplate.parse.IfNode;
import io.rset.gotemplate.parse.ListNode;
import io.rset.gotemplate.parse.Node;
import io.rset.gotemplate.parse.PipeNode;
import io.rset.gotemplate.parse.RangeNode;
import io.rset.gotemplate.parse.TemplateNode;
import io.rset.gotemplate.parse.Tree;
import io.rset.gotemplate.parse.WithNode;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The parse-time function of every identifier node of a template's trees, resolved once so that an
 * execution looks a function up by node identity instead of by name. Immutable once built.
 */
final class FunctionIndex {
  private final IdentityHashMap<IdentifierNode, GoFunction> functions = new IdentityHashMap<>();

  FunctionIndex(Map<String, Tree> trees, FuncMap funcs) {
    for (Tree t : trees.values()) {
      visit(t.root(), funcs);
    }
  }

  /** The function the identifier named at parse time, or null. */
  GoFunction get(IdentifierNode id) {
    return functions.get(id);
  }

  private void visit(Node n, FuncMap funcs) {
    if (n == null) {
      return;
    }
    if (n instanceof ListNode l) {
      for (Node c : l.nodes()) {
        visit(c, funcs);
      }
    } else if (n instanceof ActionNode a) {
      visit(a.pipe(), funcs);
    } else if (n instanceof IfNode f) {
      visitBranches(f.pipe(), f.list(), f.elseList(), funcs);
    } else if (n instanceof RangeNode r) {
      visitBranches(r.pipe(), r.list(), r.elseList(), funcs);
    } else if (n instanceof WithNode w) {
      visitBranches(w.pipe(), w.list(), w.elseList(), funcs);
    } else if (n instanceof TemplateNode t) {
      visit(t.pipe(), funcs);
    } else if (n instanceof PipeNode p) {
      for (CommandNode c : p.cmds()) {
        visit(c, funcs);
      }
    } else if (n instanceof CommandNode c) {
      for (Node arg : c.args()) {
        visit(arg, funcs);
      }
    } else if (n instanceof ChainNode c) {
      visit(c.node(), funcs);
    } else if (n instanceof IdentifierNode id) {
      GoFunction fn = funcs.get(id.ident());
      if (fn != null) {
        functions.put(id, fn);
      }
    }
  }

  private void visitBranches(PipeNode pipe, ListNode list, ListNode elseList, FuncMap funcs) {
    visit(pipe, funcs);
    visit(list, funcs);
    visit(elseList, funcs);
  }
}
