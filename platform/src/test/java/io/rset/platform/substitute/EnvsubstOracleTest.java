package io.rset.platform.substitute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.core.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of {@code substitute/envsubst-oracle.json}, whose results come from Flux's Go code.
 */
class EnvsubstOracleTest {

  @TestFactory
  Stream<DynamicTest> matchesFluxEnvsubst() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(name(c), () -> check(c)));
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> cases() throws IOException {
    try (InputStream in =
        EnvsubstOracleTest.class.getResourceAsStream("/substitute/envsubst-oracle.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return (List<Map<String, Object>>)
          new YamlReader().readSingle("envsubst-oracle.json", text).toValue();
    }
  }

  private static String name(Map<String, Object> c) {
    return c.get("name") + " " + c.get("text");
  }

  @SuppressWarnings("unchecked")
  private static void check(Map<String, Object> c) {
    String text = (String) c.get("text");
    Map<String, Object> vars = (Map<String, Object>) c.get("vars");
    boolean strict = Boolean.TRUE.equals(c.get("strict"));
    Envsubst.Lookup lookup =
        strict ? n -> (String) vars.get(n) : n -> (String) vars.getOrDefault(n, "");
    if (c.get("error") != null) {
      assertThatThrownBy(() -> Envsubst.eval(text, lookup))
          .isInstanceOf(EnvsubstException.class)
          .hasMessage((String) c.get("error"));
    } else {
      assertThat(Envsubst.eval(text, lookup)).isEqualTo(c.get("want"));
    }
  }
}
