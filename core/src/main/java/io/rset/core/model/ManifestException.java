package io.rset.core.model;

import io.rset.core.yaml.Position;

/**
 * A manifest that does not satisfy the ResourceSet / ResourceSetInputProvider API. The message is
 * the user-facing text {@code <file>:<line>:<column>: <path>: <detail>} (the location part is
 * omitted when unknown, the path part when the problem concerns the whole document).
 */
public class ManifestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Position position;
  private final String path;
  private final String detail;

  /**
   * @param position where the offending value (or the key of an unknown field) is written; may be
   *     null
   * @param path the field path, e.g. {@code spec.steps[1].name}; empty for the whole document
   * @param detail what is wrong, e.g. {@code Required value}
   */
  public ManifestException(Position position, String path, String detail) {
    super(format(position, path, detail));
    this.position = position;
    this.path = path;
    this.detail = detail;
  }

  private static String format(Position position, String path, String detail) {
    StringBuilder sb = new StringBuilder();
    if (position != null) {
      sb.append(position).append(": ");
    }
    if (path != null && !path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(detail).toString();
  }

  /** Where the problem is, or null when unknown. */
  public Position position() {
    return position;
  }

  /** The field path ({@code spec.steps[1].name}), empty for the whole document. */
  public String path() {
    return path;
  }

  /** The message without location and path. */
  public String detail() {
    return detail;
  }
}
