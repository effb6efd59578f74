package io.rset.platform.validate;

import java.nio.file.Path;

/**
 * A place in a file.
 *
 * @param file the file, or null
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Location(Path file, int line, int column) {
  /** No known place. */
  public static final Location NONE = new Location(null, 0, 0);

  /** The whole file. */
  public static Location of(Path file) {
    return new Location(file, 0, 0);
  }
}
