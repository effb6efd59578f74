package io.rset.platform.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** go-yaml v3 resolution of plain scalars, as kustomize's output shows them. */
class V3ScalarsTest {
  private static Object value(String plain) {
    Map<String, Object> m =
        NodeJson.toObject(
            new KyamlReader().read(Path.of("s.yaml"), "v: " + plain + "\n").get(0).root());
    return m.get("v");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
          yes          | S:yes
          on           | S:on
          True         | B:true
          false        | B:false
          0755         | L:493
          0o17         | L:15
          -0o17        | L:-15
          0x1F         | L:31
          0b101        | L:5
          1_000        | L:1000
          +12          | L:12
          1e3          | L:1000
          1.0          | L:1
          .5           | D:0.5
          1e400        | S:1e400
          '"12"'       | S:12
          ~            | NULL
          2024-01-01   | S:2024-01-01T00:00:00Z
          2024-1-2 3:04:05 | S:2024-01-02T03:04:05Z
          2024-01-01T10:20:30.500+02:00 | S:2024-01-01T10:20:30.5+02:00
          2024-02-30   | S:2024-02-30
          12345678901234567890 | D:1.2345678901234567E19
          """)
  void resolution(String plain, String expected) {
    Object v = value(plain);
    if (expected == null) {
      assertThat(v).isNull();
      return;
    }
    Object want =
        switch (expected.charAt(0)) {
          case 'S' -> expected.substring(2);
          case 'B' -> Boolean.parseBoolean(expected.substring(2));
          case 'L' -> Long.parseLong(expected.substring(2));
          default -> Double.parseDouble(expected.substring(2));
        };
    assertThat(v).isEqualTo(want);
  }

  @Test
  void explicitTagThatDoesNotFitIsAnError() {
    assertThatThrownBy(() -> value("!!int abc"))
        .isInstanceOf(NodeJson.ConversionException.class)
        .hasMessage("cannot decode !!str `abc` as a !!int");
  }

  @Test
  void nestedNonStringKeyIsAnError() {
    KNode root = new KyamlReader().read(Path.of("k.yaml"), "m:\n  1: one\n").get(0).root();
    assertThatThrownBy(() -> NodeJson.toObject(root))
        .isInstanceOf(NodeJson.ConversionException.class)
        .hasMessageStartingWith("map key 1 is not a string");
    KNode top = new KyamlReader().read(Path.of("k.yaml"), "1: one\n").get(0).root();
    assertThat(NodeJson.toObject(top)).containsEntry("1", "one");
  }
}
