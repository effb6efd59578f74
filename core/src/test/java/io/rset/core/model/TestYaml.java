package io.rset.core.model;

import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import java.util.List;

/** Test helper: positioned YAML documents from text, read with the product {@link YamlReader}. */
public final class TestYaml {
  private static final YamlReader READER = new YamlReader();

  private TestYaml() {}

  /** All documents of {@code text}. */
  public static List<YamlNode> docs(String file, String text) {
    return READER.readDocuments(file, text);
  }

  /** The first document of {@code text}. */
  public static YamlNode doc(String file, String text) {
    return READER.readSingle(file, text);
  }
}
