package io.rset.gotemplate;

import io.rset.gotemplate.builtin.Builtins;
import io.rset.gotemplate.builtin.InterfaceValue;
import io.rset.gotemplate.builtin.Reflect;
import io.rset.gotemplate.fmt.GoFmt;
import io.rset.gotemplate.fmt.GoStrconv;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.FuncMap;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.parse.ActionNode;
import io.rset.gotemplate.parse.BoolNode;
import io.rset.gotemplate.parse.BreakNode;
import io.rset.gotemplate.parse.ChainNode;
import io.rset.gotemplate.parse.CommandNode;
import io.rset.gotemplate.parse.CommentNode;
import io.rset.gotemplate.parse.ContinueNode;
import io.rset.gotemplate.parse.DotNode;
import io.rset.gotemplate.parse.FieldNode;
import io.rset.gotemplate.parse.IdentifierNode;
import io.rset.gotemplate.parse.IfNode;
import io.rset.gotemplate.parse.ListNode;
import io.rset.gotemplate.parse.NilNode;
import io.rset.gotemplate.parse.Node;
import io.rset.gotemplate.parse.NumberNode;
import io.rset.gotemplate.parse.PipeNode;
import io.rset.gotemplate.parse.RangeNode;
import io.rset.gotemplate.parse.StringNode;
import io.rset.gotemplate.parse.TemplateNode;
import io.rset.gotemplate.parse.TextNode;
import io.rset.gotemplate.parse.Tree;
import io.rset.gotemplate.parse.VariableNode;
import io.rset.gotemplate.parse.WithNode;
import io.rset.gotemplate.value.GoComplex;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoTime;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import io.rset.gotemplate.value.Values;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Walks a parsed template (Go's exec.go, Go 1.23); one instance per execution, holding all its
 * state: the output, the variable stack, the node being evaluated (for error reports) and the
 * template call depth.
 *
 * <p>Values follow the engine's value model; null is Go's invalid reflect.Value and {@link
 * InterfaceValue} a value of interface kind (an element of a {@code []interface {}} or {@code
 * map[string]interface {}}), which Go unwraps after each command of a pipeline. The choice of the
 * node an error reports follows Go's {@code s.at(node)} calls exactly.
 */
final class Executor {
  /** Go's missingVal: no final (piped) argument. */
  private static final Object MISSING = new Object();

  /** Stack for re-running an execution that overflowed the caller's thread stack. */
  private static final long DEEP_STACK_BYTES = 256L << 20;

  private final Template template;
  private final StringBuilder out;
  private final FuncMap execFuncs;
  private final FuncMap funcs;
  private final FunctionIndex functionIndex;
  private final MissingKey missingKey;
  private final int maxDepth;
  private final long maxOutput;
  private long outLimit;

  /** The tree of the template executing (Go's s.tmpl). */
  private Tree tree;

  /** The node being evaluated, for errors (Go's s.node). */
  private Node node;

  // The variable stack (Go's s.vars); a template call starts a fresh frame at varBase.
  private String[] varNames = new String[16];
  private Object[] varValues = new Object[16];
  private int varCount;
  private int varBase;

  /** Height of the stack of executing templates. */
  private int depth;

  Executor(Template template, StringBuilder out, FuncMap execFuncs) {
    this.template = template;
    this.out = out;
    this.execFuncs = execFuncs == null || execFuncs.names().isEmpty() ? null : execFuncs;
    this.funcs = template.funcs();
    this.functionIndex = template.functionIndex();
    this.missingKey = template.options().missingKey();
    this.maxDepth = template.options().limits().maxExecDepth();
    this.maxOutput = template.options().limits().maxOutputBytes();
  }

  /** Executes the named template with data as dot, appending to the output. */
  void execute(String templateName, Object data) {
    int start = out.length();
    try {
      run(templateName, data, start);
    } catch (StackOverflowError e) {
      // Java's stack is smaller than Go's: run again on a thread with a deep stack.
      out.setLength(start);
      new Executor(template, out, execFuncs).runOnDeepStack(templateName, data, start);
    }
  }

  private void runOnDeepStack(String templateName, Object data, int start) {
    Throwable[] failure = new Throwable[1];
    Runnable task =
        () -> {
          try {
            run(templateName, data, start);
          } catch (StackOverflowError e) {
            out.setLength(start);
            failure[0] = error("exceeded maximum nesting depth", null);
          } catch (Throwable e) {
            failure[0] = e;
          }
        };
    Thread thread = new Thread(null, task, "rset-template-deep-stack", DEEP_STACK_BYTES);
    thread.start();
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    }
    if (failure[0] instanceof Error e) {
      throw e;
    }
  }

  private void run(String templateName, Object data, int start) {
    outLimit = start + maxOutput;
    Tree t = template.tree(templateName);
    if (t == null || t.root() == null) {
      throw new ExecException(
          templateName, GoStrconv.quote(templateName) + " is an incomplete or empty template");
    }
    tree = t;
    // Output is usually about as long as the template text: grow the buffer once up front.
    out.ensureCapacity(start + t.text().length() + (t.text().length() >> 1) + 64);
    push("$", data);
    try {
      walk(data, t.root());
    } catch (ExecException e) {
      throw e;
    } catch (RuntimeException e) {
      throw error("internal error: " + describe(e), e);
    }
  }

  // ---- errors

  private ExecException error(String message, Throwable cause) {
    if (node == null) {
      return new ExecException(tree == null ? template.name() : tree.name(), message);
    }
    String text = tree.text();
    int pos = Math.max(0, Math.min(node.pos(), text.length()));
    int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    int line = 1;
    for (int i = 0; i < lineStart; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    int column = Values.utf8Length(text, lineStart, pos);
    return new ExecException(
        tree.parseName(), line, column, tree.name(), node.toString(), message, cause);
  }

  private ExecException error(String message) {
    return error(message, null);
  }

  private static String quote(String s) {
    return GoStrconv.quote(s);
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  // ---- output

  private void write(String s) {
    out.append(s);
    if (out.length() > outLimit) {
      throw error("output exceeds the limit of " + maxOutput + " bytes");
    }
  }

  private void printValue(Node n, Object v) {
    node = n;
    if (v == null) {
      out.append("<no value>");
    } else if (v instanceof String s) {
      out.append(s);
    } else {
      GoFmt.appendValue(out, v);
    }
    if (out.length() > outLimit) {
      throw error("output exceeds the limit of " + maxOutput + " bytes");
    }
  }

  // ---- variables

  private void push(String name, Object value) {
    if (varCount == varNames.length) {
      varNames = Arrays.copyOf(varNames, varCount * 2);
      varValues = Arrays.copyOf(varValues, varCount * 2);
    }
    varNames[varCount] = name;
    varValues[varCount++] = value;
  }

  private void pop(int mark) {
    for (int i = mark; i < varCount; i++) {
      varValues[i] = null;
    }
    varCount = mark;
  }

  private int findVar(String name) {
    for (int i = varCount - 1; i >= varBase; i--) {
      String n = varNames[i];
      if (n == name || n.equals(name)) {
        return i;
      }
    }
    throw error("undefined variable: " + name);
  }

  private void setVar(String name, Object value) {
    varValues[findVar(name)] = value;
  }

  private void setTopVar(int n, Object value) {
    varValues[varCount - n] = value;
  }

  // ---- walk

  private void walk(Object dot, Node n) {
    node = n;
    if (n instanceof TextNode t) {
      write(t.text());
    } else if (n instanceof ActionNode a) {
      // Variables declared by the action persist until the enclosing end.
      PipeNode pipe = a.pipe();
      Object val = evalPipeline(dot, pipe);
      if (pipe.decl().isEmpty()) {
        printValue(a, val);
      }
    } else if (n instanceof ListNode l) {
      List<Node> nodes = l.nodes();
      for (int i = 0, size = nodes.size(); i < size; i++) {
        walk(dot, nodes.get(i));
      }
    } else if (n instanceof IfNode f) {
      walkIfOrWith(false, dot, f.pipe(), f.list(), f.elseList());
    } else if (n instanceof RangeNode r) {
      walkRange(dot, r);
    } else if (n instanceof WithNode w) {
      walkIfOrWith(true, dot, w.pipe(), w.list(), w.elseList());
    } else if (n instanceof TemplateNode t) {
      walkTemplate(dot, t);
    } else if (n instanceof CommentNode) {
      // nothing
    } else if (n instanceof BreakNode) {
      throw LoopControl.BREAK;
    } else if (n instanceof ContinueNode) {
      throw LoopControl.CONTINUE;
    } else {
      throw error("unknown node: " + n);
    }
  }

  private void walkIfOrWith(
      boolean isWith, Object dot, PipeNode pipe, ListNode list, ListNode elseList) {
    int mark = varCount;
    Object val = evalPipeline(dot, pipe);
    if (Values.isTrue(Reflect.indirectInterface(val))) {
      walk(isWith ? val : dot, list);
    } else if (elseList != null) {
      walk(dot, elseList);
    }
    pop(mark);
  }

  private void walkRange(Object dot, RangeNode r) {
    node = r;
    int outerMark = varCount;
    try {
      Object val = evalPipeline(dot, r.pipe());
      // indirect: only interface values can be followed; a nil pointer stays as it is.
      val = Reflect.indirectInterface(val);
      int mark = varCount;
      if (val instanceof Map || val instanceof io.rset.gotemplate.value.GoMap) {
        Map<String, Object> map = Values.asMap(val);
        if (!map.isEmpty()) {
          GoType elemType = Reflect.mapElem(val);
          for (String key : Values.sortedKeys(map)) {
            oneIteration(r, mark, key, Reflect.element(map.get(key), elemType));
          }
          return;
        }
      } else if (Values.isSlice(val)) {
        List<Object> items = Values.asList(val);
        if (!items.isEmpty()) {
          GoType elemType = Reflect.sliceElem(val);
          for (int i = 0; i < items.size(); i++) {
            oneIteration(r, mark, GoInt.of(i), Reflect.element(items.get(i), elemType));
          }
          return;
        }
      } else if (val != null && !Values.isMap(val)) {
        throw error("range can't iterate over " + GoFmt.formatValue(val));
      }
      if (r.elseList() != null) {
        walk(dot, r.elseList());
      }
    } catch (LoopControl c) {
      if (c != LoopControl.BREAK) {
        throw c;
      }
    } finally {
      pop(outerMark);
    }
  }

  private void oneIteration(RangeNode r, int mark, Object index, Object elem) {
    List<VariableNode> decl = r.pipe().decl();
    boolean assign = r.pipe().isAssign();
    if (!decl.isEmpty()) {
      if (assign) {
        // With two variables, index comes first; with one, the element.
        setVar(decl.get(0).ident().get(0), decl.size() > 1 ? index : elem);
      } else {
        setTopVar(1, elem);
      }
    }
    if (decl.size() > 1) {
      if (assign) {
        setVar(decl.get(1).ident().get(0), elem);
      } else {
        setTopVar(2, index);
      }
    }
    try {
      walk(elem, r.list());
    } catch (LoopControl c) {
      if (c != LoopControl.CONTINUE) {
        throw c;
      }
    } finally {
      pop(mark);
    }
  }

  private void walkTemplate(Object dot, TemplateNode t) {
    node = t;
    Tree called = template.tree(t.name());
    if (called == null) {
      throw error("template " + quote(t.name()) + " not defined");
    }
    if (depth == maxDepth) {
      throw error("exceeded maximum template depth (" + maxDepth + ")");
    }
    // Variables declared by the pipeline persist.
    dot = evalPipeline(dot, t.pipe());
    Tree savedTree = tree;
    int savedBase = varBase;
    int savedCount = varCount;
    depth++;
    tree = called;
    // No dynamic scoping: template invocations inherit no variables.
    varBase = varCount;
    push("$", dot);
    walk(dot, called.root());
    pop(savedCount);
    varBase = savedBase;
    tree = savedTree;
    depth--;
    node = t;
  }

  // ---- evaluation

  private Object evalPipeline(Object dot, PipeNode pipe) {
    if (pipe == null) {
      return null;
    }
    node = pipe;
    Object value = MISSING;
    List<CommandNode> cmds = pipe.cmds();
    for (int i = 0, size = cmds.size(); i < size; i++) {
      value = evalCommand(dot, cmds.get(i), value);
      // A value of type interface {} is unwrapped to the value inside.
      if (value instanceof InterfaceValue iv) {
        value = iv.value();
      }
    }
    if (value == MISSING) {
      value = null;
    }
    List<VariableNode> decl = pipe.decl();
    for (int i = 0, size = decl.size(); i < size; i++) {
      String name = decl.get(i).ident().get(0);
      if (pipe.isAssign()) {
        setVar(name, value);
      } else {
        push(name, value);
      }
    }
    return value;
  }

  private void notAFunction(List<Node> args, Object fin) {
    if ((args != null && args.size() > 1) || fin != MISSING) {
      throw error("can't give argument to non-function " + args.get(0));
    }
  }

  private Object evalCommand(Object dot, CommandNode cmd, Object fin) {
    List<Node> args = cmd.args();
    Node first = args.get(0);
    if (first instanceof FieldNode f) {
      return evalFieldNode(dot, f, args, fin);
    }
    if (first instanceof ChainNode c) {
      return evalChainNode(dot, c, args, fin);
    }
    if (first instanceof IdentifierNode id) {
      return evalFunction(dot, id, cmd, args, fin);
    }
    if (first instanceof PipeNode p) {
      // Parenthesized pipeline: the arguments are all inside it; final must be absent.
      notAFunction(args, fin);
      return evalPipeline(dot, p);
    }
    if (first instanceof VariableNode v) {
      return evalVariableNode(dot, v, args, fin);
    }
    node = first;
    notAFunction(args, fin);
    if (first instanceof BoolNode b) {
      return b.value();
    }
    if (first instanceof DotNode) {
      return dot;
    }
    if (first instanceof NilNode) {
      throw error("nil is not a command");
    }
    if (first instanceof NumberNode num) {
      return idealConstant(num);
    }
    if (first instanceof StringNode s) {
      return s.text();
    }
    throw error("can't evaluate command " + quote(first.toString()));
  }

  /** The value of a number in a context that gives it no type: Go's syntax-guided choice. */
  private Object idealConstant(NumberNode c) {
    node = c;
    String text = c.text();
    if (c.isComplex()) {
      return new GoComplex(c.complexReal(), c.complexImag());
    }
    if (c.isFloat() && !isHexInt(text) && !isRuneInt(text) && containsFloatMark(text)) {
      return c.float64();
    }
    if (c.isInt()) {
      return GoInt.of(c.int64());
    }
    if (c.isUint()) {
      throw error(text + " overflows int");
    }
    return null;
  }

  private static boolean isRuneInt(String s) {
    return !s.isEmpty() && s.charAt(0) == '\'';
  }

  private static boolean isHexInt(String s) {
    return s.length() > 2
        && s.charAt(0) == '0'
        && (s.charAt(1) == 'x' || s.charAt(1) == 'X')
        && s.indexOf('p') < 0
        && s.indexOf('P') < 0;
  }

  private static boolean containsFloatMark(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '.' || ch == 'e' || ch == 'E' || ch == 'p' || ch == 'P') {
        return true;
      }
    }
    return false;
  }

  private Object evalFieldNode(Object dot, FieldNode field, List<Node> args, Object fin) {
    node = field;
    return evalFieldChain(dot, dot, field.ident(), 0, args, fin);
  }

  private Object evalChainNode(Object dot, ChainNode chain, List<Node> args, Object fin) {
    node = chain;
    if (chain.field().isEmpty()) {
      throw error("internal error: no fields in evalChainNode");
    }
    if (chain.node() instanceof NilNode) {
      throw error("indirection through explicit nil in " + chain);
    }
    // (pipe).Field1.Field2 has pipe as .Node, fields as .Field. Eval the pipeline, then the fields.
    Object pipe = evalArg(dot, null, chain.node());
    return evalFieldChain(dot, pipe, chain.field(), 0, args, fin);
  }

  private Object evalVariableNode(Object dot, VariableNode variable, List<Node> args, Object fin) {
    // $x.Field has $x as the first ident, Field as the second.
    node = variable;
    List<String> ident = variable.ident();
    Object value = varValues[findVar(ident.get(0))];
    if (ident.size() == 1) {
      notAFunction(args, fin);
      return value;
    }
    return evalFieldChain(dot, value, ident, 1, args, fin);
  }

  /** Evaluates .X.Y.Z (ident from index from on), possibly followed by arguments. */
  private Object evalFieldChain(
      Object dot, Object receiver, List<String> ident, int from, List<Node> args, Object fin) {
    int n = ident.size();
    for (int i = from; i < n - 1; i++) {
      receiver = evalField(ident.get(i), null, MISSING, receiver);
    }
    return evalField(ident.get(n - 1), args, fin, receiver);
  }

  /** Evaluates .Field (or .Field args) on receiver; final is the piped value, if any. */
  private Object evalField(String fieldName, List<Node> args, Object fin, Object receiver) {
    if (receiver == null) {
      if (missingKey == MissingKey.ERROR) { // Treat the invalid value as a missing map key.
        throw error("nil data; no entry for key " + quote(fieldName));
      }
      return null;
    }
    Object r = receiver;
    if (r instanceof InterfaceValue iv) {
      r = iv.value();
      if (r == null) {
        throw error("nil pointer evaluating interface {}." + fieldName);
      }
    }
    if (r instanceof Map<?, ?> m) {
      checkNoArgs(fieldName, args, fin);
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) m;
      Object v = map.get(fieldName);
      if (v == null && !map.containsKey(fieldName)) {
        return missingEntry(fieldName, GoType.INTERFACE);
      }
      return InterfaceValue.of(v);
    }
    GoType keyType = Reflect.mapKey(r);
    if (keyType != null && keyType.kind() == GoType.Kind.STRING) {
      checkNoArgs(fieldName, args, fin);
      Map<String, Object> map = Values.asMap(r);
      GoType elemType = Reflect.mapElem(r);
      Object v = map.get(fieldName);
      if (v == null && !map.containsKey(fieldName)) {
        return missingEntry(fieldName, elemType);
      }
      return Reflect.element(v, elemType);
    }
    String typ = Reflect.typeName(receiver);
    if (r instanceof TypedNil tn
        && (tn.goType().kind() == GoType.Kind.PTR || tn.goType().kind() == GoType.Kind.INTERFACE)) {
      throw error("nil pointer evaluating " + typ + "." + fieldName);
    }
    if (r instanceof GoTime
        && (fieldName.equals("wall") || fieldName.equals("ext") || fieldName.equals("loc"))) {
      throw error(fieldName + " is an unexported field of struct type " + typ);
    }
    throw error("can't evaluate field " + fieldName + " in type " + typ);
  }

  private void checkNoArgs(String fieldName, List<Node> args, Object fin) {
    if ((args != null && args.size() > 1) || fin != MISSING) {
      throw error(fieldName + " is not a method but has arguments");
    }
  }

  private Object missingEntry(String fieldName, GoType elemType) {
    return switch (missingKey) {
      case DEFAULT -> null;
      case ZERO -> Reflect.zero(elemType);
      case ERROR -> throw error("map has no entry for key " + quote(fieldName));
    };
  }

  private GoFunction findFunction(IdentifierNode id) {
    String name = id.ident();
    if (execFuncs != null) {
      GoFunction fn = execFuncs.get(name);
      if (fn != null) {
        return fn;
      }
    }
    GoFunction fn = functionIndex.get(id);
    return fn != null ? fn : funcs.get(name);
  }

  private Object evalFunction(
      Object dot, IdentifierNode id, Node cmd, List<Node> args, Object fin) {
    node = id;
    String name = id.ident();
    GoFunction fn = findFunction(id);
    if (fn == null) {
      throw error(quote(name) + " is not a defined function");
    }
    return evalCall(dot, fn, cmd, name, args, fin);
  }

  /**
   * Calls a function. args, if non-null, holds the function's node first (as the shell does), then
   * the argument nodes; final is the piped value or MISSING.
   */
  private Object evalCall(
      Object dot, GoFunction fn, Node callNode, String name, List<Node> args, Object fin) {
    int argc = args == null ? 0 : args.size() - 1;
    boolean hasFinal = fin != MISSING;
    int numIn = hasFinal ? argc + 1 : argc;
    List<GoType> params = fn.params();
    int numParams = params.size();
    int numFixed = argc;
    if (fn.variadic()) {
      numFixed = numParams - 1;
      if (numIn < numFixed) {
        throw error(
            "wrong number of args for "
                + name
                + ": want at least "
                + (numParams - 1)
                + " got "
                + argc);
      }
    } else if (numIn != numParams) {
      throw error("wrong number of args for " + name + ": want " + numParams + " got " + numIn);
    }

    // The builtins and/or short-circuit.
    if (fn == Builtins.AND || fn == Builtins.OR) {
      boolean isOr = fn == Builtins.OR;
      GoType argType = params.get(0);
      Object v = null;
      for (int i = 1; i <= argc; i++) {
        v = evalArg(dot, argType, args.get(i));
        if (Reflect.truth(v) == isOr) {
          return v;
        }
      }
      if (hasFinal) {
        // The final argument is returned without evaluation, but its type is checked.
        v = validateType(fin, argType);
      }
      return v;
    }

    Object[] argv = new Object[numIn];
    int i = 0;
    for (; i < numFixed && i < argc; i++) {
      argv[i] = evalArg(dot, params.get(i), args.get(i + 1));
    }
    if (fn.variadic()) {
      GoType argType = params.get(numParams - 1).elem();
      for (; i < argc; i++) {
        argv[i] = evalArg(dot, argType, args.get(i + 1));
      }
    }
    if (hasFinal) {
      GoType t = params.get(numParams - 1);
      if (fn.variadic()) {
        // The final argument fills a fixed parameter or joins the variadic part.
        t = numIn - 1 < numFixed ? params.get(numIn - 1) : t.elem();
      }
      argv[i] = validateType(fin, t);
    }

    Object result;
    try {
      if (fn == Builtins.CALL) {
        String callee = argc == 0 ? reflectString(fin) : args.get(1).toString();
        result = Builtins.call(callee, argv);
      } else {
        result = fn.body().call(argv);
      }
    } catch (FuncException e) {
      node = callNode;
      throw error("error calling " + name + ": " + e.getMessage(), e);
    } catch (ExecException e) {
      throw e;
    } catch (RuntimeException e) {
      node = callNode;
      throw error("error calling " + name + ": " + describe(e), e);
    }
    if (result == null) {
      GoType rt = fn.result();
      if (rt.kind() == GoType.Kind.INTERFACE) {
        return InterfaceValue.NIL;
      }
      if (rt.canBeNil()) {
        return new TypedNil(rt);
      }
    }
    return result;
  }

  /** reflect.Value.String(): the string itself, or {@code <T Value>}. */
  private static String reflectString(Object v) {
    v = Reflect.indirectInterface(v);
    if (v == null) {
      return "<invalid Value>";
    }
    if (v instanceof String s) {
      return s;
    }
    return "<" + Reflect.typeName(v) + " Value>";
  }

  /**
   * Go's validateType: checks that value may be passed as a parameter of type typ (null: any) and
   * converts it to what a function body receives.
   */
  private Object validateType(Object value, GoType typ) {
    if (typ == null) {
      return value;
    }
    if (value == null) {
      if (typ.canBeNil() || typ == GoType.REFLECT_VALUE) {
        return null; // the zero value of a nillable type; bodies see null for nil
      }
      throw error("invalid value; expected " + typ.name());
    }
    if (typ == GoType.REFLECT_VALUE) {
      return value;
    }
    if (value instanceof InterfaceValue iv) {
      Object inner = iv.value();
      if (typ.kind() == GoType.Kind.INTERFACE) {
        return inner;
      }
      if (inner == null) {
        throw error(
            "wrong type for value; expected " + typ.name() + "; got " + GoType.INTERFACE.name());
      }
      value = inner;
    }
    if (typ.kind() == GoType.Kind.INTERFACE) {
      return value;
    }
    GoType vt = GoType.of(value);
    if (vt != typ && !vt.equals(typ)) {
      throw error("wrong type for value; expected " + typ.name() + "; got " + vt.name());
    }
    // A nil slice or map reaches a body as null.
    return value instanceof TypedNil ? null : value;
  }

  private Object evalArg(Object dot, GoType typ, Node n) {
    node = n;
    if (n instanceof FieldNode f) {
      return validateType(evalFieldNode(dot, f, null, MISSING), typ);
    }
    if (n instanceof VariableNode v) {
      return validateType(evalVariableNode(dot, v, null, MISSING), typ);
    }
    if (n instanceof ChainNode c) {
      return validateType(evalChainNode(dot, c, null, MISSING), typ);
    }
    if (n instanceof PipeNode p) {
      return validateType(evalPipeline(dot, p), typ);
    }
    if (n instanceof IdentifierNode id) {
      return validateType(evalFunction(dot, id, id, null, MISSING), typ);
    }
    if (n instanceof DotNode) {
      return validateType(dot, typ);
    }
    if (n instanceof NilNode) {
      if (typ != null && (typ.canBeNil() || typ == GoType.REFLECT_VALUE)) {
        return null;
      }
      throw error("cannot assign nil to " + typ);
    }
    if (typ == null) {
      throw error("can't handle " + n + " for arg of type <nil>");
    }
    if (typ == GoType.REFLECT_VALUE) {
      return evalEmptyInterface(dot, n);
    }
    GoType.Kind kind = typ.kind();
    switch (kind) {
      case BOOL:
        return evalBool(n);
      case COMPLEX64:
      case COMPLEX128:
        return evalComplex(n);
      case FLOAT32:
      case FLOAT64:
        return evalFloat(typ, n);
      case INT:
      case INT8:
      case INT16:
      case INT32:
      case INT64:
        return evalInteger(typ, n);
      case INTERFACE:
        return evalEmptyInterface(dot, n);
      case STRING:
        return evalString(n);
      case UINT:
      case UINT8:
      case UINT16:
      case UINT32:
      case UINT64:
        return evalUnsignedInteger(typ, n);
      default:
        throw error("can't handle " + n + " for arg of type " + typ.name());
    }
  }

  private Object evalBool(Node n) {
    node = n;
    if (n instanceof BoolNode b) {
      return b.value();
    }
    throw error("expected bool; found " + n);
  }

  private Object evalString(Node n) {
    node = n;
    if (n instanceof StringNode s) {
      return s.text();
    }
    throw error("expected string; found " + n);
  }

  private Object evalInteger(GoType typ, Node n) {
    node = n;
    if (n instanceof NumberNode num && num.isInt()) {
      long v = num.int64();
      return switch (typ.kind()) {
        case INT64 -> v;
        case INT -> GoInt.of(v);
        case INT8 -> GoInt.of(typ, (byte) v);
        case INT16 -> GoInt.of(typ, (short) v);
        case INT32 -> GoInt.of(typ, (int) v);
        default -> GoInt.of(typ, v);
      };
    }
    throw error("expected integer; found " + n);
  }

  private Object evalUnsignedInteger(GoType typ, Node n) {
    node = n;
    if (n instanceof NumberNode num && num.isUint()) {
      long v = num.uint64();
      return switch (typ.kind()) {
        case UINT8 -> GoInt.of(typ, v & 0xffL);
        case UINT16 -> GoInt.of(typ, v & 0xffffL);
        case UINT32 -> GoInt.of(typ, v & 0xffffffffL);
        default -> GoInt.of(typ, v);
      };
    }
    throw error("expected unsigned integer; found " + n);
  }

  private Object evalFloat(GoType typ, Node n) {
    node = n;
    if (n instanceof NumberNode num && num.isFloat()) {
      return typ.kind() == GoType.Kind.FLOAT32 ? (double) (float) num.float64() : num.float64();
    }
    throw error("expected float; found " + n);
  }

  private Object evalComplex(Node n) {
    if (n instanceof NumberNode num && num.isComplex()) {
      return new GoComplex(num.complexReal(), num.complexImag());
    }
    throw error("expected complex; found " + n);
  }

  private Object evalEmptyInterface(Object dot, Node n) {
    node = n;
    if (n instanceof BoolNode b) {
      return b.value();
    }
    if (n instanceof DotNode) {
      return dot;
    }
    if (n instanceof FieldNode f) {
      return evalFieldNode(dot, f, null, MISSING);
    }
    if (n instanceof IdentifierNode id) {
      return evalFunction(dot, id, id, null, MISSING);
    }
    if (n instanceof NilNode) {
      throw error("evalEmptyInterface: nil (can't happen)");
    }
    if (n instanceof NumberNode num) {
      return idealConstant(num);
    }
    if (n instanceof StringNode s) {
      return s.text();
    }
    if (n instanceof VariableNode v) {
      return evalVariableNode(dot, v, null, MISSING);
    }
    if (n instanceof PipeNode p) {
      return evalPipeline(dot, p);
    }
    throw error("can't handle assignment of " + n + " to empty interface argument");
  }

  /** Unwinds a range body for break and continue (Go panics with walkBreak/walkContinue). */
  private static final class LoopControl extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final LoopControl BREAK = new LoopControl("break");
    static final LoopControl CONTINUE = new LoopControl("continue");

    private LoopControl(String what) {
      super(what, null, false, false);
    }
  }
}
