package io.rset.platform.substitute;

/**
 * An envsubst parse or evaluation error. {@link #getMessage()} is the text of fluxcd/pkg/envsubst
 * (e.g. {@code missing closing brace}, {@code variable not set (strict mode): "x"}); {@link
 * #offset()} is the character offset in the evaluated text of the {@code ${} the error is about.
 */
public final class EnvsubstException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int offset;
  private final String variable;

  EnvsubstException(String message, int offset, String variable) {
    super(message, null, false, false);
    this.offset = offset;
    this.variable = variable;
  }

  /** Character (UTF-16) offset of the offending {@code ${} in the input text, or -1. */
  public int offset() {
    return offset;
  }

  /** The variable an undefined-variable error is about, or null for syntax errors. */
  public String variable() {
    return variable;
  }
}
