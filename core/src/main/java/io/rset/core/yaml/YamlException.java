package io.rset.core.yaml;

/**
 * A YAML document that cannot be read. {@link #getMessage()} is the user-facing text and names the
 * place ({@code file:line:column: ...}) when it is known; {@link #goMessage()} is the text the Go
 * tools (sigs.k8s.io/yaml over go-yaml v2, or the Kubernetes document reader) print for the same
 * input, for messages that must match the Flux Operator's.
 */
public class YamlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Position position;
  private final String goMessage;

  /** An error whose Go text is its message. */
  public YamlException(String message, Position position) {
    this(message, position, message);
  }

  public YamlException(String message, Position position, String goMessage) {
    super(message);
    this.position = position;
    this.goMessage = goMessage;
  }

  /** Where the problem is, or null when unknown. */
  public Position position() {
    return position;
  }

  /**
   * The Go tools' wording, without a file name, e.g. {@code error converting YAML to JSON: yaml:
   * line 3: did not find expected key} or {@code invalid Yaml document separator: x}.
   */
  public String goMessage() {
    return goMessage;
  }
}
