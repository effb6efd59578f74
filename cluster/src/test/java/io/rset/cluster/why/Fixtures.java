package io.rset.cluster.why;

import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The cluster states under {@code src/test/resources/why}: one multi-document YAML each. */
final class Fixtures {
  static final Path DIR = Path.of("src/test/resources/why");

  private Fixtures() {}

  /** The objects of why/NAME.yaml, in file order. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> load(String name) {
    Path file = DIR.resolve(name + ".yaml");
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<Map<String, Object>> out = new ArrayList<>();
      for (YamlNode n : new YamlReader().readKubernetesDocuments(file.toString(), text)) {
        Object v = n.toValue();
        if (v instanceof Map<?, ?> m) {
          out.add((Map<String, Object>) m);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An in-memory cluster holding why/NAME.yaml. */
  static InMemoryClusterView view(String name) {
    return new InMemoryClusterView(load(name));
  }
}
