package io.rset.cli;

import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlScalar;
import java.io.InputStream;
import java.util.Map;

/**
 * Reads the {@code --inputs} file of {@code template render}: one input set, decoded exactly as an
 * entry of a ResourceSet's {@code spec.inputs} is (go-yaml v2's YAML 1.1 rules, then the Kubernetes
 * JSON number rule), so a template renders here as it does in a ResourceSet.
 */
final class InputsFile {
  private InputsFile() {}

  /**
   * Loads the mapping in path ({@code -} for stdin). An empty file means no inputs (null).
   *
   * @throws CliException naming the file (and line and column for YAML errors) when it cannot be
   *     read, parsed or is not a mapping
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> load(String path, InputStream stdin) {
    String name = YamlFiles.displayName(path);
    String text = YamlFiles.readText(path, stdin);
    YamlNode doc;
    try {
      doc = new YamlReader().readSingle(name, text);
    } catch (YamlException e) {
      throw new CliException(e.getMessage(), e);
    }
    if (doc instanceof YamlScalar s && s.value() == null) {
      return null;
    }
    if (!(doc instanceof YamlMap)) {
      throw new CliException(
          doc.pos() + ": inputs must be a mapping, got " + Kinds.of(doc.toValue()));
    }
    return (Map<String, Object>) doc.toValue();
  }
}
