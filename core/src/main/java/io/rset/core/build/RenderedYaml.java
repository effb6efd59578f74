package io.rset.core.build;

import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlReader;

/**
 * {@code sigs.k8s.io/yaml} decoding of one rendered document (go-yaml v2 YAML 1.1, YAML-to-JSON,
 * Kubernetes number rule) through {@link YamlReader}: the first YAML document of a text as plain
 * Java values.
 */
final class RenderedYaml {
  private RenderedYaml() {}

  private static final YamlReader READER = new YamlReader();

  /** A document that cannot be read; the message is Go's full text. */
  static final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    DecodeException(String message, int line) {
      super(message, null, false, false);
      this.line = line;
    }

    /** 1-based line in the decoded text, or 0. */
    int line() {
      return line;
    }
  }

  /**
   * The first document of text, or null for an empty or null document.
   *
   * @throws DecodeException with Go's message, e.g. {@code error converting YAML to JSON: yaml:
   *     line 3: did not find expected key}
   */
  static Object decode(String text) throws DecodeException {
    try {
      return READER.readValue("rendered", text);
    } catch (YamlException e) {
      int line = e.position() == null ? 0 : e.position().line();
      throw new DecodeException(e.goMessage(), line);
    }
  }
}
