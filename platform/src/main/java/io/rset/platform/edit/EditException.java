package io.rset.platform.edit;

/**
 * Why {@code rset platform add} refuses or cannot make an edit. The message is complete and meant
 * for the user (printed as {@code ✗ message}); it names the file, and the line and column when
 * there is one. When this is thrown no file has been written.
 */
public final class EditException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EditException(String message) {
    super(message);
  }

  public EditException(String message, Throwable cause) {
    super(message, cause);
  }
}
