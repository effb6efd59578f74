package io.rset.platform.edit;

/**
 * One file {@code rset platform add} writes.
 *
 * @param path the file's path relative to the platform directory, with {@code /} separators
 * @param before its current content, or null when the file is created
 * @param after its new content
 * @param summary what the change does, for the user ({@code added release "podinfo"})
 */
public record FileChange(String path, String before, String after, String summary) {
  public FileChange {
    if (path == null || after == null || summary == null) {
      throw new IllegalArgumentException("path, after and summary must not be null");
    }
  }

  /** True when the file does not exist yet. */
  public boolean created() {
    return before == null;
  }
}
