package io.rset.core.yaml;

/** A YAML document that cannot be read; the message is the user-facing text. */
public class YamlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Position position;

  public YamlException(String message, Position position) {
    super(message);
    this.position = position;
  }

  /** Where the problem is, or null when unknown. */
  public Position position() {
    return position;
  }
}
