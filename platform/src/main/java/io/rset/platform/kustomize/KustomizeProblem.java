package io.rset.platform.kustomize;

import java.nio.file.Path;

/**
 * A problem recorded (not thrown) by a lenient build.
 *
 * @param message what is wrong
 * @param file the file where it is
 * @param line 1-based line
 * @param column 1-based column
 */
public record KustomizeProblem(String message, Path file, int line, int column) {
  /** {@code file:line:col: message}. */
  public String describe() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
