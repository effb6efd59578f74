package io.rset.cli;

/**
 * A user-facing failure: its message is printed as {@code ✗ message} and the command exits with
 * code 1. The message must say what went wrong and where (file, line, column when known).
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CliException(String message) {
    super(message);
  }

  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
