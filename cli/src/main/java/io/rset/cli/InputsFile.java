package io.rset.cli;

import io.rset.gotemplate.flux.FluxTemplates;
import java.io.InputStream;
import java.util.Map;

/**
 * Loads the inputs of one ResourceSet render from a YAML or JSON mapping, converted with the
 * Kubernetes JSON number rule (integers that fit are int64, other numbers float64).
 */
final class InputsFile {
  private InputsFile() {}

  /**
   * Loads the mapping in path ({@code -} for stdin). An empty file means no inputs (null).
   *
   * @throws CliException naming the file when it cannot be read, parsed or is not a mapping
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> load(String path, InputStream stdin) {
    String name = YamlFiles.displayName(path);
    Object doc = YamlFiles.parse(YamlFiles.readText(path, stdin), name);
    if (doc == null) {
      return null;
    }
    if (!(doc instanceof Map<?, ?>)) {
      throw new CliException(name + ": inputs must be a mapping, got " + Kinds.of(doc));
    }
    try {
      return (Map<String, Object>) FluxTemplates.toTemplateValue(doc);
    } catch (IllegalArgumentException e) {
      throw new CliException(name + ": " + e.getMessage(), e);
    }
  }
}
