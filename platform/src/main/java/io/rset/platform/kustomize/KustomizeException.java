package io.rset.platform.kustomize;

import java.nio.file.Path;

/**
 * A kustomize build that cannot complete. {@link #getMessage()} is the bare message; {@link
 * #describe()} prefixes the location when there is one.
 */
public final class KustomizeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final int column;

  public KustomizeException(String message, Path file, int line, int column) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** An error about a whole file (no line known): line and column are 0. */
  public KustomizeException(String message, Path file) {
    this(message, file, 0, 0);
  }

  /** The file the problem is in, or null. */
  public Path file() {
    return file;
  }

  /** 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** {@code file:line:col: message}, {@code file: message} without a line, or the message. */
  public String describe() {
    if (file == null) {
      return getMessage();
    }
    if (line <= 0) {
      return file + ": " + getMessage();
    }
    return file + ":" + line + ":" + column + ": " + getMessage();
  }
}
