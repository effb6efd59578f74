package io.rset.core.yaml;

/**
 * Where something is in a source file.
 *
 * @param file the file name as the user gave it ({@code -} for stdin), or a description
 * @param line 1-based line
 * @param column 1-based column (in characters)
 */
public record Position(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
