package io.rset.gotemplate;

import io.rset.gotemplate.builtin.Builtins;
import io.rset.gotemplate.func.FuncMap;
import io.rset.gotemplate.parse.Parser;
import io.rset.gotemplate.parse.Tree;
import java.util.Map;

/**
 * A parsed template: immutable and safe to execute from many threads at once. Each execution keeps
 * its state (variables, current node, depth, output) apart.
 *
 * <p>Function resolution follows Go: the functions given at parse time are added over Go's builtins
 * (so a given {@code slice} replaces the builtin one); a function must exist at parse time or
 * parsing fails with {@code function "NAME" not defined}; functions given to {@link
 * #execute(StringBuilder, Object, FuncMap)} replace same-named ones for that execution only (as
 * Go's {@code Funcs} after {@code Parse}), which is how per-execution values such as Flux's {@code
 * inputs} are bound.
 */
public final class Template {
  private final String name;
  private final Map<String, Tree> trees;
  private final FuncMap funcs;
  private final TemplateOptions options;
  private final FunctionIndex functionIndex;

  private Template(String name, Map<String, Tree> trees, FuncMap funcs, TemplateOptions options) {
    this.name = name;
    this.trees = Map.copyOf(trees);
    this.funcs = funcs;
    this.options = options;
    this.functionIndex = new FunctionIndex(this.trees, funcs);
  }

  /**
   * Parses text as the template named name.
   *
   * @throws ParseException with Go's exact message on a syntax error or an unknown function
   */
  public static Template parse(String name, String text, TemplateOptions options, FuncMap funcs) {
    FuncMap all = funcs.over(Builtins.functions());
    Map<String, Tree> trees =
        Parser.parse(name, text, options.leftDelim(), options.rightDelim(), all::contains);
    return new Template(name, trees, all, options);
  }

  /** The name of the top-level template. */
  public String name() {
    return name;
  }

  public TemplateOptions options() {
    return options;
  }

  /** Every function visible to the template, builtins included. */
  public FuncMap funcs() {
    return funcs;
  }

  /** The parse-time function of each identifier node, for the executor. */
  FunctionIndex functionIndex() {
    return functionIndex;
  }

  /** The tree of the template with the given name (the top-level one or a defined one), or null. */
  public Tree tree(String templateName) {
    return trees.get(templateName);
  }

  /** All trees by template name. */
  public Map<String, Tree> trees() {
    return trees;
  }

  /** Executes the top-level template with data as dot, appending to out. */
  public void execute(StringBuilder out, Object data) {
    execute(out, data, null);
  }

  /**
   * Executes the top-level template with data as dot, appending to out; execFuncs (may be null)
   * replace same-named functions for this execution.
   *
   * @throws ExecException with Go's exact message
   */
  public void execute(StringBuilder out, Object data, FuncMap execFuncs) {
    new Executor(this, out, execFuncs).execute(name, data);
  }

  /** Executes the top-level template and returns the output. */
  public String render(Object data) {
    return render(data, null);
  }

  /** Executes the top-level template with per-execution functions and returns the output. */
  public String render(Object data, FuncMap execFuncs) {
    StringBuilder out = new StringBuilder();
    execute(out, data, execFuncs);
    return out.toString();
  }
}
