package io.rset.gotemplate;

/** A parse error: {@code template: NAME:LINE: MESSAGE}. */
public final class ParseException extends TemplateException {
  private static final long serialVersionUID = 1L;

  private final String detail;

  /**
   * @param templateName the parse name
   * @param line 1-based line
   * @param detail the message after the location, e.g. {@code unexpected "}" in operand}
   */
  public ParseException(String templateName, int line, String detail) {
    super("template: " + templateName + ":" + line + ": " + detail, templateName, line, null);
    this.detail = detail;
  }

  /** Creates an exception with a message that does not follow the NAME:LINE pattern. */
  public static ParseException raw(String templateName, String message) {
    return new ParseException(templateName, message);
  }

  private ParseException(String templateName, String message) {
    super(message, templateName, 0, null);
    this.detail = message;
  }

  /** The message after {@code template: NAME:LINE: }. */
  public String detail() {
    return detail;
  }
}
