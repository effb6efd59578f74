package io.rset.gotemplate;

/**
 * An execution error: {@code template: NAME:LINE:COL: executing "TEMPLATE" at <CONTEXT>: MESSAGE},
 * or {@code template: TEMPLATE: MESSAGE} when no node is known.
 */
public final class ExecException extends TemplateException {
  private static final long serialVersionUID = 1L;

  private final int column;
  private final String executing;
  private final String context;
  private final String detail;

  /**
   * @param parseName the name of the parsed source the node belongs to
   * @param line 1-based line of the node
   * @param column 0-based UTF-8 byte offset of the node within its line
   * @param executing the name of the (possibly defined) template running
   * @param context Go's rendering of the node, e.g. {@code inputs}
   * @param detail the message proper
   * @param cause the function error behind it, if any
   */
  public ExecException(
      String parseName,
      int line,
      int column,
      String executing,
      String context,
      String detail,
      Throwable cause) {
    super(
        "template: "
            + parseName
            + ":"
            + line
            + ":"
            + column
            + ": executing "
            + quote(executing)
            + " at <"
            + context
            + ">: "
            + detail,
        parseName,
        line,
        cause);
    this.column = column;
    this.executing = executing;
    this.context = context;
    this.detail = detail;
  }

  /** An error without a node: {@code template: TEMPLATE: MESSAGE}. */
  public ExecException(String executing, String detail) {
    super("template: " + executing + ": " + detail, executing, 0, null);
    this.column = -1;
    this.executing = executing;
    this.context = null;
    this.detail = detail;
  }

  /** 0-based UTF-8 byte column, or -1 when there is no position. */
  public int column() {
    return column;
  }

  /** The name of the template that was executing. */
  public String executing() {
    return executing;
  }

  /** Go's rendering of the node being evaluated, or null. */
  public String context() {
    return context;
  }

  /** The message proper, after the location and context. */
  public String detail() {
    return detail;
  }

  private static String quote(String s) {
    return io.rset.gotemplate.fmt.GoStrconv.quote(s);
  }
}
