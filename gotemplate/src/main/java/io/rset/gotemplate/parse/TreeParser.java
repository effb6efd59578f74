package io.rset.gotemplate.parse;

import io.rset.gotemplate.ParseException;
import io.rset.gotemplate.fmt.GoStrconv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The parsing state of one tree (Go's {@code parse.Tree} while parsing): a port of Go 1.23's
 * text/template/parse/parse.go. Each defined template gets its own TreeParser sharing the lexer,
 * which keeps Go's error line numbers (taken from this tree's most recent token) exact.
 */
final class TreeParser {
  private static final Item NO_ITEM = new Item(ItemType.ERROR, 0, "", 0);

  /** The end of an item list: an {@code {{end}}} or {@code {{else}}} action. */
  private record Control(boolean isElse, int pos, int line) {
    @Override
    public String toString() {
      return isElse ? "{{else}}" : "{{end}}";
    }
  }

  /** A ListNode under construction. */
  private static final class ListBuilder {
    final int pos;
    final List<Node> nodes = new ArrayList<>();

    ListBuilder(int pos) {
      this.pos = pos;
    }

    ListNode build() {
      return new ListNode(pos, List.copyOf(nodes));
    }
  }

  /** The result of itemList: the list and the control that ended it. */
  private record ListEnd(ListNode list, Control end) {}

  private String name;
  private final String parseName;
  private final String text;
  private final Lexer lex;
  private final Predicate<String> isFunction;
  private final Map<String, Tree> treeSet;
  private final Item[] token = {NO_ITEM, NO_ITEM, NO_ITEM};
  private int peekCount;
  private final List<String> vars = new ArrayList<>();
  private int actionLine;
  private int rangeDepth;
  private ListNode root;

  TreeParser(
      String name,
      String parseName,
      String text,
      Lexer lex,
      Predicate<String> isFunction,
      Map<String, Tree> treeSet) {
    this.name = name;
    this.parseName = parseName;
    this.text = text;
    this.lex = lex;
    this.isFunction = isFunction;
    this.treeSet = treeSet;
    vars.add("$");
  }

  // ---- token stream ----

  private Item next() {
    if (peekCount > 0) {
      peekCount--;
    } else {
      token[0] = lex.nextItem();
    }
    return token[peekCount];
  }

  private void backup() {
    peekCount++;
  }

  private void backup2(Item t1) {
    token[1] = t1;
    peekCount = 2;
  }

  private void backup3(Item t2, Item t1) {
    token[1] = t1;
    token[2] = t2;
    peekCount = 3;
  }

  private Item peek() {
    if (peekCount > 0) {
      return token[peekCount - 1];
    }
    peekCount = 1;
    token[0] = lex.nextItem();
    return token[0];
  }

  private Item nextNonSpace() {
    Item t;
    do {
      t = next();
    } while (t.type() == ItemType.SPACE);
    return t;
  }

  private Item peekNonSpace() {
    Item t = nextNonSpace();
    backup();
    return t;
  }

  // ---- errors ----

  private ParseException errorf(String message) {
    throw new ParseException(parseName, token[0].line(), message);
  }

  private Item expect(ItemType expected, String context) {
    Item t = nextNonSpace();
    if (t.type() != expected) {
      unexpected(t, context);
    }
    return t;
  }

  private Item expectOneOf(ItemType expected1, ItemType expected2, String context) {
    Item t = nextNonSpace();
    if (t.type() != expected1 && t.type() != expected2) {
      unexpected(t, context);
    }
    return t;
  }

  private void unexpected(Item t, String context) {
    if (t.type() == ItemType.ERROR) {
      String extra = "";
      if (actionLine != 0 && actionLine != t.line()) {
        extra = " in action started at " + parseName + ":" + actionLine;
        if (t.val().endsWith(" action")) {
          extra = extra.substring(" in action".length());
        }
      }
      errorf(t + extra);
    }
    errorf("unexpected " + t + " in " + context);
  }

  // ---- top level ----

  /** Parses the whole input as the top-level template and adds it to the tree set. */
  void parseTopLevel() {
    ListBuilder list = new ListBuilder(peek().pos());
    while (peek().type() != ItemType.EOF) {
      if (peek().type() == ItemType.LEFT_DELIM) {
        Item delim = next();
        if (nextNonSpace().type() == ItemType.DEFINE) {
          TreeParser def = new TreeParser("definition", parseName, text, lex, isFunction, treeSet);
          def.parseDefinition();
          continue;
        }
        backup2(delim);
      }
      Object n = textOrAction();
      if (n instanceof Control c) {
        errorf("unexpected " + c);
      }
      list.nodes.add((Node) n);
    }
    root = list.build();
    add();
  }

  private void parseDefinition() {
    String context = "define clause";
    Item nameItem = expectOneOf(ItemType.STRING, ItemType.RAW_STRING, context);
    name = unquote(nameItem.val());
    expect(ItemType.RIGHT_DELIM, context);
    ListEnd le = itemList();
    root = le.list();
    if (le.end().isElse()) {
      errorf("unexpected " + le.end() + " in " + context);
    }
    add();
  }

  /** Go's {@code Tree.add}: installs this tree unless it would replace a non-empty one. */
  private void add() {
    Tree old = treeSet.get(name);
    if (old == null || old.isEmpty()) {
      treeSet.put(name, new Tree(name, parseName, root, text));
      return;
    }
    if (!Tree.isEmptyTree(root)) {
      errorf("template: multiple definition of template " + GoStrconv.quote(name));
    }
  }

  private String unquote(String quoted) {
    try {
      return GoUnquote.unquote(quoted);
    } catch (GoUnquote.SyntaxError e) {
      throw errorf(e.getMessage());
    }
  }

  // ---- lists and actions ----

  private ListEnd itemList() {
    ListBuilder list = new ListBuilder(peekNonSpace().pos());
    while (peekNonSpace().type() != ItemType.EOF) {
      Object n = textOrAction();
      if (n instanceof Control c) {
        return new ListEnd(list.build(), c);
      }
      list.nodes.add((Node) n);
    }
    throw errorf("unexpected EOF");
  }

  /** Returns a Node, or a Control for {{end}} / {{else}}. */
  private Object textOrAction() {
    Item t = nextNonSpace();
    switch (t.type()) {
      case TEXT:
        return new TextNode(t.pos(), t.val());
      case LEFT_DELIM:
        actionLine = t.line();
        try {
          return action();
        } finally {
          actionLine = 0;
        }
      case COMMENT:
        return new CommentNode(t.pos(), t.val());
      default:
        unexpected(t, "input");
        return null;
    }
  }

  private Object action() {
    Item t = nextNonSpace();
    switch (t.type()) {
      case BLOCK:
        return blockControl();
      case BREAK:
        return breakControl(t.pos(), t.line());
      case CONTINUE:
        return continueControl(t.pos(), t.line());
      case ELSE:
        return elseControl();
      case END:
        return endControl();
      case IF:
        return ifControl();
      case RANGE:
        return rangeControl();
      case TEMPLATE:
        return templateControl();
      case WITH:
        return withControl();
      default:
        break;
    }
    backup();
    Item p = peek();
    return new ActionNode(p.pos(), p.line(), pipeline("command", ItemType.RIGHT_DELIM));
  }

  private Node breakControl(int pos, int line) {
    Item t = nextNonSpace();
    if (t.type() != ItemType.RIGHT_DELIM) {
      unexpected(t, "{{break}}");
    }
    if (rangeDepth == 0) {
      errorf("{{break}} outside {{range}}");
    }
    return new BreakNode(pos, line);
  }

  private Node continueControl(int pos, int line) {
    Item t = nextNonSpace();
    if (t.type() != ItemType.RIGHT_DELIM) {
      unexpected(t, "{{continue}}");
    }
    if (rangeDepth == 0) {
      errorf("{{continue}} outside {{range}}");
    }
    return new ContinueNode(pos, line);
  }

  // ---- pipelines ----

  private PipeNode pipeline(String context, ItemType end) {
    Item first = peekNonSpace();
    boolean isAssign = false;
    List<VariableNode> decl = new ArrayList<>(2);
    List<CommandNode> cmds = new ArrayList<>(2);
    boolean again = true;
    while (again) {
      again = false;
      Item v = peekNonSpace();
      if (v.type() != ItemType.VARIABLE) {
        break;
      }
      next();
      Item tokenAfterVariable = peek();
      Item nx = peekNonSpace();
      if (nx.type() == ItemType.ASSIGN || nx.type() == ItemType.DECLARE) {
        isAssign = nx.type() == ItemType.ASSIGN;
        nextNonSpace();
        decl.add(newVariable(v.pos(), v.val()));
        vars.add(v.val());
      } else if (nx.type() == ItemType.CHAR && nx.val().equals(",")) {
        nextNonSpace();
        decl.add(newVariable(v.pos(), v.val()));
        vars.add(v.val());
        if (context.equals("range") && decl.size() < 2) {
          switch (peekNonSpace().type()) {
            case VARIABLE, RIGHT_DELIM, RIGHT_PAREN:
              again = true;
              continue;
            default:
              errorf("range can only initialize variables");
          }
        }
        errorf("too many declarations in " + context);
      } else if (tokenAfterVariable.type() == ItemType.SPACE) {
        backup3(v, tokenAfterVariable);
      } else {
        backup2(v);
      }
    }
    while (true) {
      Item t = nextNonSpace();
      if (t.type() == end) {
        checkPipeline(cmds, context);
        return new PipeNode(
            first.pos(), first.line(), isAssign, List.copyOf(decl), List.copyOf(cmds));
      }
      switch (t.type()) {
        case BOOL,
        CHAR_CONSTANT,
        COMPLEX,
        DOT,
        FIELD,
        IDENTIFIER,
        NUMBER,
        NIL,
        RAW_STRING,
        STRING,
        VARIABLE,
        LEFT_PAREN:
          backup();
          cmds.add(command());
          break;
        default:
          unexpected(t, context);
      }
    }
  }

  private void checkPipeline(List<CommandNode> cmds, String context) {
    if (cmds.isEmpty()) {
      errorf("missing value for " + context);
    }
    for (int i = 1; i < cmds.size(); i++) {
      Node a = cmds.get(i).args().get(0);
      if (a instanceof BoolNode
          || a instanceof DotNode
          || a instanceof NilNode
          || a instanceof NumberNode
          || a instanceof StringNode) {
        errorf("non executable command in pipeline stage " + (i + 1));
      }
    }
  }

  /** The parts of an if/range/with. */
  private record Control3(PipeNode pipe, ListNode list, ListNode elseList) {}

  private Control3 parseControl(String context) {
    int nvars = vars.size();
    try {
      PipeNode pipe = pipeline(context, ItemType.RIGHT_DELIM);
      if (context.equals("range")) {
        rangeDepth++;
      }
      ListEnd le = itemList();
      if (context.equals("range")) {
        rangeDepth--;
      }
      ListNode elseList = null;
      Control next = le.end();
      if (next.isElse()) {
        if (context.equals("if") && peek().type() == ItemType.IF) {
          next();
          elseList = new ListNode(next.pos(), List.of(ifControl()));
        } else if (context.equals("with") && peek().type() == ItemType.WITH) {
          next();
          elseList = new ListNode(next.pos(), List.of(withControl()));
        } else {
          ListEnd el = itemList();
          elseList = el.list();
          if (el.end().isElse()) {
            errorf("expected end; found " + el.end());
          }
        }
      }
      return new Control3(pipe, le.list(), elseList);
    } finally {
      vars.subList(nvars, vars.size()).clear();
    }
  }

  private Node ifControl() {
    Control3 c = parseControl("if");
    return new IfNode(c.pipe().pos(), c.pipe().line(), c.pipe(), c.list(), c.elseList());
  }

  private Node rangeControl() {
    Control3 c = parseControl("range");
    return new RangeNode(c.pipe().pos(), c.pipe().line(), c.pipe(), c.list(), c.elseList());
  }

  private Node withControl() {
    Control3 c = parseControl("with");
    return new WithNode(c.pipe().pos(), c.pipe().line(), c.pipe(), c.list(), c.elseList());
  }

  private Control endControl() {
    Item t = expect(ItemType.RIGHT_DELIM, "end");
    return new Control(false, t.pos(), t.line());
  }

  private Control elseControl() {
    Item p = peekNonSpace();
    if (p.type() == ItemType.IF || p.type() == ItemType.WITH) {
      return new Control(true, p.pos(), p.line());
    }
    Item t = expect(ItemType.RIGHT_DELIM, "else");
    return new Control(true, t.pos(), t.line());
  }

  private Node blockControl() {
    String context = "block clause";
    Item t = nextNonSpace();
    String blockName = parseTemplateName(t, context);
    PipeNode pipe = pipeline(context, ItemType.RIGHT_DELIM);
    TreeParser block = new TreeParser(blockName, parseName, text, lex, isFunction, treeSet);
    ListEnd le = block.itemList();
    block.root = le.list();
    if (le.end().isElse()) {
      errorf("unexpected " + le.end() + " in " + context);
    }
    block.add();
    return new TemplateNode(t.pos(), t.line(), blockName, pipe);
  }

  private Node templateControl() {
    String context = "template clause";
    Item t = nextNonSpace();
    String templateName = parseTemplateName(t, context);
    PipeNode pipe = null;
    if (nextNonSpace().type() != ItemType.RIGHT_DELIM) {
      backup();
      pipe = pipeline(context, ItemType.RIGHT_DELIM);
    }
    return new TemplateNode(t.pos(), t.line(), templateName, pipe);
  }

  private String parseTemplateName(Item t, String context) {
    if (t.type() == ItemType.STRING || t.type() == ItemType.RAW_STRING) {
      return unquote(t.val());
    }
    unexpected(t, context);
    return null;
  }

  // ---- commands and operands ----

  private CommandNode command() {
    int pos = peekNonSpace().pos();
    List<Node> args = new ArrayList<>(4);
    while (true) {
      peekNonSpace();
      Node operand = operand();
      if (operand != null) {
        args.add(operand);
      }
      Item t = next();
      switch (t.type()) {
        case SPACE:
          continue;
        case RIGHT_DELIM, RIGHT_PAREN:
          backup();
          break;
        case PIPE:
          break;
        default:
          unexpected(t, "operand");
      }
      break;
    }
    if (args.isEmpty()) {
      errorf("empty command");
    }
    return new CommandNode(pos, List.copyOf(args));
  }

  private Node operand() {
    Node node = term();
    if (node == null) {
      return null;
    }
    if (peek().type() == ItemType.FIELD) {
      int chainPos = peek().pos();
      List<String> fields = new ArrayList<>(4);
      while (peek().type() == ItemType.FIELD) {
        fields.add(next().val().substring(1));
      }
      if (node instanceof FieldNode f) {
        node = new FieldNode(chainPos, concat(f.ident(), fields));
      } else if (node instanceof VariableNode v) {
        node = new VariableNode(chainPos, concat(v.ident(), fields));
      } else if (node instanceof BoolNode
          || node instanceof StringNode
          || node instanceof NumberNode
          || node instanceof NilNode
          || node instanceof DotNode) {
        errorf("unexpected . after term " + GoStrconv.quote(node.toString()));
      } else {
        node = new ChainNode(chainPos, node, List.copyOf(fields));
      }
    }
    return node;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private Node term() {
    Item t = nextNonSpace();
    switch (t.type()) {
      case IDENTIFIER:
        if (!isFunction.test(t.val())) {
          errorf("function " + GoStrconv.quote(t.val()) + " not defined");
        }
        return new IdentifierNode(t.pos(), t.val());
      case DOT:
        return new DotNode(t.pos());
      case NIL:
        return new NilNode(t.pos());
      case VARIABLE:
        return useVar(t.pos(), t.val());
      case FIELD:
        return new FieldNode(t.pos(), splitDots(t.val().substring(1)));
      case BOOL:
        return new BoolNode(t.pos(), t.val().equals("true"));
      case CHAR_CONSTANT, COMPLEX, NUMBER:
        try {
          return GoNumber.newNumber(t.pos(), t.val(), t.type());
        } catch (GoNumber.NumberError e) {
          throw errorf(e.getMessage());
        }
      case LEFT_PAREN:
        return pipeline("parenthesized pipeline", ItemType.RIGHT_PAREN);
      case STRING, RAW_STRING:
        return new StringNode(t.pos(), t.val(), unquote(t.val()));
      default:
        backup();
        return null;
    }
  }

  private static VariableNode newVariable(int pos, String ident) {
    return new VariableNode(pos, splitDots(ident));
  }

  private static List<String> splitDots(String s) {
    if (s.indexOf('.') < 0) {
      return List.of(s);
    }
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = s.indexOf('.'); i >= 0; i = s.indexOf('.', from)) {
      parts.add(s.substring(from, i));
      from = i + 1;
    }
    parts.add(s.substring(from));
    return List.copyOf(parts);
  }

  private Node useVar(int pos, String varName) {
    VariableNode v = newVariable(pos, varName);
    String head = v.ident().get(0);
    for (String known : vars) {
      if (known.equals(head)) {
        return v;
      }
    }
    throw errorf("undefined variable " + GoStrconv.quote(head));
  }
}
