package io.rset.gotemplate.func;

/**
 * Thrown by a function body for an error it returns or a panic it raises. The executor reports it
 * as {@code error calling NAME: MESSAGE}, where MESSAGE is this exception's message exactly as Go
 * prints the error or panic value.
 */
public class FuncException extends Exception {
  private static final long serialVersionUID = 1L;

  public FuncException(String message) {
    super(message, null, false, false);
  }
}
