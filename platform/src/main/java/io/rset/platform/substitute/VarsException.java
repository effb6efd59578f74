package io.rset.platform.substitute;

import java.nio.file.Path;

/** A vars file that cannot be read. */
public final class VarsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;

  public VarsException(String message, Path file, int line) {
    super(message);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  /** 1-based line, or 0. */
  public int line() {
    return line;
  }
}
