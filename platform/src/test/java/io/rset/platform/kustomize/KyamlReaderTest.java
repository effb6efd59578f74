package io.rset.platform.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KyamlReaderTest {
  private static Map<String, Object> one(String yaml) {
    return NodeJson.toObject(new KyamlReader().read(Path.of("f.yaml"), yaml).get(0).root());
  }

  @Test
  void nullWords() {
    assertThat(one("a: ~\nb: null\nc:\n")).containsEntry("a", null).containsEntry("c", null);
  }
}
