package io.rset.gotemplate;

/**
 * The only exception the engine throws while parsing or executing a template. Its message is
 * exactly the text Go's text/template would print; the parts are also available as data.
 */
public abstract sealed class TemplateException extends RuntimeException
    permits ParseException, ExecException {
  private static final long serialVersionUID = 1L;

  private final String templateName;
  private final int line;

  protected TemplateException(String message, String templateName, int line, Throwable cause) {
    super(message, cause);
    this.templateName = templateName;
    this.line = line;
  }

  /** The name of the parsed template (Go's ParseName) the position refers to. */
  public String templateName() {
    return templateName;
  }

  /** 1-based line of the error, or 0 when Go reports no position. */
  public int line() {
    return line;
  }
}
