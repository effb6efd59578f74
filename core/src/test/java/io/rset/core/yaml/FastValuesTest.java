package io.rset.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link YamlReader#readValue} takes a position-free fast path for plain documents; it must always
 * give exactly what {@code readSingle(...).toValue()} gives, or the same error.
 */
class FastValuesTest {
  private static final YamlReader READER = new YamlReader();

  static void assertSame(String text) {
    Object slow;
    try {
      slow = READER.readSingle("t.yaml", text).toValue();
    } catch (YamlException e) {
      Throwable fast = catchThrowable(() -> READER.readValue("t.yaml", text));
      assertThat(fast).isInstanceOf(YamlException.class).hasMessage(e.getMessage());
      assertThat(((YamlException) fast).goMessage()).isEqualTo(e.goMessage());
      return;
    }
    Object fast = READER.readValue("t.yaml", text);
    assertThat(fast).as("value of %s", text).isEqualTo(slow);
    if (slow != null) {
      assertThat(fast.getClass()).isEqualTo(slow.getClass());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: 1\nb: yes\nc: '123'\nd: 1.5e3\ne: ~\nf: [1, 2, {g: h}]\n",
        "- a\n- 0x1F\n- 0o17\n- 017\n- 1_000\n- .inf\n- .nan\n- 18446744073709551615\n",
        "key: &a {x: 1}\nother: *a\n",
        "<<: {a: 1}\nb: 2\n",
        "a: 1\na: 2\n",
        "1: one\ntrue: t\nnull: n\n1.5: f\n",
        "? [a, b]\n: c\n",
        "a: !!str 1\nb: !!int '2'\n",
        "a: |\n  text\n  more\nb: >-\n  folded\n  text\n",
        "",
        "---\n",
        "# only a comment\n",
        "a: b\n---\nc: d\n",
        "a: b\n  c: d\n",
        "a:\tb\n",
        "a: \"\\L\"\n",
        "a: [1, 2\n",
        "9223372036854775808: x\nn: 9223372036854775808\nm: -9223372036854775809\n",
        "a: 1e400\nb: -.INF\n",
        "deep: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
        "time: 2001-12-14t21:59:43.10-05:00\ndate: 2002-12-14\n",
        "ok: on\nno: off\ny: y\nN: N\n"
      })
  void agreesWithTheFullReader(String text) {
    assertSame(text);
  }

  @Test
  void agreesOnEveryYamlFixtureAndSeed() throws IOException {
    List<Path> roots =
        List.of(
            Path.of("src/test/resources/testdata"),
            Path.of("src/test/resources/io/rset/core/yaml/YamlReaderFuzzTestInputs"));
    int checked = 0;
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
          for (YamlReader.Chunk c : chunks(text)) {
            assertSame(c.text());
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(300);
  }

  private static List<YamlReader.Chunk> chunks(String text) {
    try {
      return READER.splitKubernetesDocuments("f", text);
    } catch (YamlException e) {
      return List.of(new YamlReader.Chunk(text, 1));
    }
  }

  /** {@code JAZZER_FUZZ=1 ./mvnw -pl core test -Dtest=FastValuesTest} fuzzes the agreement. */
  @FuzzTest(maxDuration = "5m")
  void fuzzAgreement(byte[] data) {
    assertSame(new String(data, StandardCharsets.UTF_8));
  }
}
