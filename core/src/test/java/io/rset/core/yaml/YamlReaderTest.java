package io.rset.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values and error texts come from the Go oracle ({@code gotmpl-oracle -rset}, i.e.
 * sigs.k8s.io/yaml over go-yaml v2 plus the Kubernetes number rule and document reader).
 */
class YamlReaderTest {
  private final YamlReader reader = new YamlReader();

  private Object value(String yaml) {
    return reader.readSingle("f.yaml", yaml).toValue();
  }

  private Object scalar(String text) {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) value("v: " + text + "\n");
    return m.get("v");
  }

  // Oracle: a ResourceSet whose resources item has `data: {a: yes, ...}` built with -rset.
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      nullValues = "NULL",
      value = {
        "yes|Boolean|true",
        "Yes|Boolean|true",
        "y|Boolean|true",
        "Y|Boolean|true",
        "on|Boolean|true",
        "ON|Boolean|true",
        "True|Boolean|true",
        "n|Boolean|false",
        "N|Boolean|false",
        "no|Boolean|false",
        "off|Boolean|false",
        "Off|Boolean|false",
        "FALSE|Boolean|false",
        "~|NULL|NULL",
        "null|NULL|NULL",
        "Null|NULL|NULL",
        "NULL|NULL|NULL",
        "0x1F|Long|31",
        "0o17|Long|15",
        "017|Long|15",
        "0b101|Long|5",
        "-0b11|Long|-3",
        "1_000|Long|1000",
        "0x_1F|Long|31",
        "1__0|Long|10",
        "+12|Long|12",
        "-0x10|Long|-16",
        "+0b11|Long|3",
        "09|Long|9",
        "2.0|Long|2",
        "1e3|Long|1000",
        "1e20|Double|1.0E20",
        "1e21|Double|1.0E21",
        "1.5|Double|1.5",
        ".5|Double|0.5",
        ".5_5|Double|0.55",
        "1_0.5|Double|10.5",
        ".5e1_0|Long|5000000000",
        "1e-400|Long|0",
        "12345678901234567890|Double|1.2345678901234567E19",
        "9223372036854775808|Double|9.223372036854775807E18",
        "-9223372036854775808|Long|-9223372036854775808",
        "9223372036854775807|Long|9223372036854775807",
        "1e400|String|1e400",
        "._5|String|._5",
        "0x|String|0x",
        "2024-01-01|String|2024-01-01",
        "2001-12-14t21:59:43.10-05:00|String|2001-12-14t21:59:43.10-05:00",
        "<<|String|<<",
        "yess|String|yess",
        "'yes'|String|yes",
        "\"0x1F\"|String|0x1F",
        "!!str 12|String|12",
        "!!int \"12\"|Long|12",
        "!foo 12|String|12",
        "!!float 1|Long|1",
        "!!null ''|NULL|NULL",
        "!!bool yes|Boolean|true",
        "!!binary aGVsbG8=|String|hello",
        "!!timestamp 2020-01-01|String|2020-01-01",
      })
  void yaml11Resolution(String text, String type, String expected) {
    Object v = scalar(text);
    if (type == null) {
      assertThat(v).isNull();
      return;
    }
    Object want =
        switch (type) {
          case "Boolean" -> Boolean.valueOf(expected);
          case "Long" -> Long.valueOf(expected);
          case "Double" -> Double.valueOf(expected);
          default -> expected;
        };
    assertThat(v).isEqualTo(want);
  }

  @Test
  void emptyValueIsNull() {
    assertThat(value("v:\nw: ''\n"))
        .isEqualTo(
            new java.util.HashMap<>(Map.of("w", "")) {
              {
                put("v", null);
              }
            });
  }

  @Test
  void keysAreResolvedThenStringified() {
    Object v = value("yes: 1\nn: 2\n1.5: 3\n0.1: 4\n1e3: 5\n012: 6\n1e6: 7\n3.14159265358979: 8\n");
    assertThat(v)
        .isEqualTo(
            Map.of(
                "true",
                1L,
                "false",
                2L,
                "1.5",
                3L,
                "0.1",
                4L,
                "1000",
                5L,
                "10",
                6L,
                "1e+06",
                7L,
                "3.1415927",
                8L));
  }

  @Test
  void laterDuplicateKeyWins() {
    assertThat(value("a: 1\na: 2\nyes: x\non: [off, On, '.inf']\n"))
        .isEqualTo(Map.of("a", 2L, "true", List.of(false, true, ".inf")));
  }

  @Test
  void goLineSeparatorEscapesAreRead() {
    // go-yaml writes U+2028/U+2029 as \L and \P; snakeyaml-engine alone rejects them.
    assertThat(scalar("\"a\\Lb\\P\\\\L\"")).isEqualTo("a\u2028b\u2029\\L");
    assertThat(value("- \"\\L\"\n- x\n")).isEqualTo(List.of("\u2028", "x"));
  }

  @Test
  void tabsAsSeparatorsAreAcceptedLikeLibyaml() {
    // Oracle: all of these parse in Go.
    assertThat(value("v:\t1\nw: \"a\"\t\nx:\t\t{a:\t1}\t# c\n"))
        .isEqualTo(Map.of("v", 1L, "w", "a", "x", Map.of("a", 1L)));
  }

  @Test
  void tabsAfterBlockIndicatorsAreRefusedLikeLibyaml() {
    assertThatThrownBy(() -> reader.readSingle("t.yaml", "kind: A\nv:\n-\t1\n"))
        .isInstanceOfSatisfying(
            YamlException.class,
            e -> {
              assertThat(e.goMessage())
                  .isEqualTo(
                      "error converting YAML to JSON: yaml: line 3: found character that cannot"
                          + " start any token");
              assertThat(e.position()).isEqualTo(new Position("t.yaml", 3, 2));
            });
  }

  @Test
  void truncatedUnicodeEscapeIsAYamlException() {
    // found by the fuzzer: snakeyaml-engine throws NumberFormatException here
    assertThatThrownBy(() -> reader.readSingle("t.yaml", "- \"\\u"))
        .isInstanceOfSatisfying(
            YamlException.class,
            e ->
                assertThat(e.goMessage())
                    .isEqualTo(
                        "error converting YAML to JSON: yaml: did not find expected hexdecimal"
                            + " number"));
  }

  @Test
  void errorsOnTheFirstLineHaveNoLineNumberInGo() {
    // Oracle: go-yaml omits "line N: " when the problem (and context) mark is on line 0.
    assertThatThrownBy(() -> reader.readSingle("t.yaml", "v: @x\n"))
        .isInstanceOfSatisfying(
            YamlException.class,
            e -> {
              assertThat(e.goMessage())
                  .isEqualTo(
                      "error converting YAML to JSON: yaml: found character that cannot start any"
                          + " token");
              assertThat(e.getMessage())
                  .isEqualTo("t.yaml:1:4: yaml: found character that cannot start any token");
            });
    assertThatThrownBy(() -> reader.readSingle("t.yaml", "a: b: c\n"))
        .isInstanceOfSatisfying(
            YamlException.class,
            e ->
                assertThat(e.goMessage())
                    .isEqualTo(
                        "error converting YAML to JSON: yaml: mapping values are not allowed in"
                            + " this context"));
  }

  @Test
  void zeroIndentationIndicator() {
    assertThatThrownBy(() -> reader.readSingle("t.yaml", "kind: A\nv: |0\n  x\n"))
        .isInstanceOfSatisfying(
            YamlException.class,
            e -> {
              assertThat(e.goMessage())
                  .isEqualTo(
                      "error converting YAML to JSON: yaml: line 2: found an indentation"
                          + " indicator equal to 0");
              assertThat(e.getMessage())
                  .isEqualTo("t.yaml:2:5: yaml: found an indentation indicator equal to 0");
            });
  }

  @Test
  void mergeKeysFollowGoYamlV2Order() {
    String anchors = "x: &m {a: 1, c: 3}\ny: &n {a: 7, e: 5}\n";
    assertThat(get(value(anchors + "v:\n  a: 0\n  <<: *m\n  d: 4\n"), "v"))
        .isEqualTo(Map.of("a", 1L, "c", 3L, "d", 4L));
    assertThat(get(value(anchors + "v:\n  <<: *m\n  a: 0\n"), "v"))
        .isEqualTo(Map.of("a", 0L, "c", 3L));
    assertThat(get(value(anchors + "v:\n  <<: [*m, *n]\n"), "v"))
        .isEqualTo(Map.of("a", 1L, "c", 3L, "e", 5L));
    assertThat(get(value(anchors + "v:\n  <<: {z: 1}\n"), "v")).isEqualTo(Map.of("z", 1L));
    assertThat(get(value("v:\n  '<<': 1\n"), "v")).isEqualTo(Map.of("<<", 1L));
  }

  @SuppressWarnings("unchecked")
  private static Object get(Object map, String key) {
    return ((Map<String, Object>) map).get(key);
  }

  @Test
  void aliasesAreShared() {
    assertThat(value("a: &x [1, 2]\nb: *x\n"))
        .isEqualTo(Map.of("a", List.of(1L, 2L), "b", List.of(1L, 2L)));
  }

  @Test
  void positionsAreOneBased() {
    YamlMap m =
        (YamlMap)
            reader.readSingle("m.yaml", "# c\nkind: A\nspec:\n  items:\n    - x\n    - {a: 1}\n");
    assertThat(m.pos()).isEqualTo(new Position("m.yaml", 2, 1));
    assertThat(m.keyPositions().get("spec")).isEqualTo(new Position("m.yaml", 3, 1));
    YamlMap spec = (YamlMap) m.entries().get("spec");
    assertThat(spec.pos()).isEqualTo(new Position("m.yaml", 4, 3));
    YamlSeq items = (YamlSeq) spec.entries().get("items");
    assertThat(items.items().get(0).pos()).isEqualTo(new Position("m.yaml", 5, 7));
    assertThat(items.items().get(1).pos()).isEqualTo(new Position("m.yaml", 6, 7));
    assertThat(((YamlScalar) m.entries().get("kind")).source()).isEqualTo("A");
  }

  @Test
  void readSingleStartingAtALine() {
    YamlNode n = reader.readSingle("f", "a: 1\n", 7);
    assertThat(n.pos()).isEqualTo(new Position("f", 7, 1));
  }

  @Test
  void emptyInputIsANullScalar() {
    YamlNode n = reader.readSingle("f", "# nothing\n");
    assertThat(n).isInstanceOf(YamlScalar.class);
    assertThat(n.toValue()).isNull();
  }

  @Test
  void readSingleIgnoresLaterDocuments() {
    assertThat(value("a: 1\n---\n: : bad [\n")).isEqualTo(Map.of("a", 1L));
  }

  @Test
  void readDocumentsKeepsEmptyDocumentsAsNull() {
    List<YamlNode> docs = reader.readDocuments("f", "a: 1\n---\n---\n- 2\n");
    assertThat(docs).hasSize(3);
    assertThat(docs.get(0).toValue()).isEqualTo(Map.of("a", 1L));
    assertThat(docs.get(1).toValue()).isNull();
    assertThat(docs.get(2).toValue()).isEqualTo(List.of(2L));
    assertThat(docs.get(2).pos()).isEqualTo(new Position("f", 4, 1));
    assertThat(reader.readDocuments("f", "")).isEmpty();
  }

  // ---- errors: Go texts from the oracle (resourcesTemplate rendering the document) ----

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      value = {
        "tab|kind: A\\nmetadata:\\n  name: x\\n\\tb: 1\\n|yaml: line 4: found a tab character that violates indentation|4:1",
        "tab after blank line|kind: A\\nb: x\\n\\n\\tc: 1\\n|yaml: line 4: found a tab character that violates indentation|4:1",
        "tab after key|kind: A\\nb:\\n\\t- 1\\n|yaml: line 3: found character that cannot start any token|3:1",
        "tab after quoted|kind: A\\nb: \"x\"\\n\\tc: 1\\n|yaml: line 3: found character that cannot start any token|3:1",
        "tab after comment|kind: A\\nb: x # c\\n\\tc: 1\\n|yaml: line 3: found character that cannot start any token|3:1",
        "tab after flow|kind: A\\nb: [x]\\n\\tc: 1\\n|yaml: line 3: found character that cannot start any token|3:1",
        "tab in block scalar|kind: A\\nb: >\\n  x\\n\\tc: 1\\n|yaml: line 4: found a tab character where an indentation space is expected|4:1",
        "tab after block scalar|kind: A\\nb: >\\n  x\\nd: 2\\n\\tc: 1\\n|yaml: line 5: found a tab character that violates indentation|5:1",
        "tab first|\\ta: 1\\n|yaml: found character that cannot start any token|1:1",
        "line 1 scanner|a: b: c\\n|yaml: mapping values are not allowed in this context|1:5",
        "line 1 escape|\"abc\\q\"\\n|yaml: found unknown escape character|1:6",
        "dedent|kind: A\\nmetadata:\\n  name: x\\n b: 1\\n|yaml: line 3: did not find expected key|4:2",
        "overindent|kind: A\\nmetadata:\\n  name: x\\n   b: 1\\n|yaml: line 4: mapping values are not allowed in this context|4:5",
        "unclosed double|kind: A\\nv: \"abc\\n|yaml: line 3: found unexpected end of stream|3:1",
        "unclosed single|kind: A\\nv: 'abc\\n|yaml: line 3: found unexpected end of stream|3:1",
        "colon|kind: A\\nv: a: b\\n|yaml: line 2: mapping values are not allowed in this context|2:5",
        "at|kind: A\\nv: @x\\n|yaml: line 2: found character that cannot start any token|2:4",
        "backquote|kind: A\\nv: `x\\n|yaml: line 2: found character that cannot start any token|2:4",
        "folded|kind: A\\nv: >=1.0\\n|yaml: line 2: did not find expected comment or line break|2:5",
        "after quoted|kind: A\\nv: \"a\" b\\n|yaml: line 1: did not find expected key|2:8",
        "flow seq|kind: A\\nv: [a, b\\n|yaml: line 2: did not find expected ',' or ']'|3:1",
        "flow map|kind: A\\nv: {a: b\\n|yaml: line 2: did not find expected ',' or '}'|3:1",
        "seq in map|kind: A\\n- a\\n|yaml: line 1: did not find expected key|2:1",
        "map in seq|- a\\nkind: A\\n|yaml: line 1: did not find expected '-' indicator|2:1",
        "alias|kind: A\\nv: *\\n|yaml: line 2: did not find expected alphabetic or numeric character|2:5",
        "verbatim tag|kind: A\\nv: !<x\\n|yaml: line 2: did not find the expected '>'|2:7",
        "hex escape|kind: A\\nv: \"\\\\x4\"\\n|yaml: line 2: did not find expected hexdecimal number|2:7",
        "escape|kind: A\\nv: \"\\\\q\"\\n|yaml: line 2: found unknown escape character|2:6",
        "seq then key|kind: A\\nv:\\n  - a\\n  b: 1\\n|yaml: line 3: did not find expected '-' indicator|4:3",
      })
  void syntaxErrorsUseGoTexts(String name, String yaml, String go, String where) {
    String text = yaml.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
    assertThatThrownBy(() -> reader.readSingle("t.yaml", text))
        .isInstanceOfSatisfying(
            YamlException.class,
            e -> {
              assertThat(e.goMessage()).isEqualTo("error converting YAML to JSON: " + go);
              assertThat(e.position().toString()).isEqualTo("t.yaml:" + where);
              assertThat(e.getMessage())
                  .isEqualTo("t.yaml:" + where + ": " + go.replaceFirst("line \\d+: ", ""));
            });
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      value = {
        "v: .inf|json: unsupported value: +Inf|1:4",
        "v: [-.inf]|json: unsupported value: -Inf|1:5",
        "v: .nan|json: unsupported value: NaN|1:4",
        "~: 1|unsupported map key of type: %!s(<nil>), key: <nil>, value: ...|1:1",
        "18446744073709551615: 1|unsupported map key of type: uint64, key: 0xffffffffffffffff, value: ...|1:1",
        "? [a]\\n: 1|yaml: invalid map key: []interface {}{...}|1:3",
        "v: &a [*a]|yaml: anchor 'a' value contains itself|1:8",
        "v: *zz|yaml: unknown anchor 'zz' referenced|1:4",
        "v: !!int abc|yaml: cannot decode !!str `abc` as a !!int|1:4",
        "v:\\n  <<: 1|yaml: map merge requires map or sequence of maps as the value|2:7",
        "v: \\u0001|yaml: control characters are not allowed|1:1",
      })
  void decodingErrorsUseGoTexts(String yaml, String go, String where) {
    String text = yaml.replace("\\n", "\n").replace("\\u0001", "\u0001");
    assertThatThrownBy(() -> reader.readSingle("d.yaml", text))
        .isInstanceOfSatisfying(
            YamlException.class,
            e -> {
              assertThat(e.goMessage()).startsWith("error converting YAML to JSON: " + go);
              assertThat(e.position().toString()).isEqualTo("d.yaml:" + where);
              assertThat(e.getMessage()).startsWith("d.yaml:" + where + ": ");
            });
  }

  // ---- limits ----

  @Test
  @Timeout(10)
  void aliasBombIsRefusedQuickly() {
    StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      b.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      b.append("]\n");
    }
    assertThatThrownBy(() -> reader.readSingle("bomb.yaml", b.toString()))
        .isInstanceOfSatisfying(
            YamlException.class,
            e -> {
              assertThat(e.goMessage())
                  .isEqualTo(
                      "error converting YAML to JSON: yaml: document contains excessive aliasing");
              assertThat(e.getMessage()).startsWith("bomb.yaml:").contains("excessive aliasing");
            });
  }

  @Test
  void tooManyAliasesToCollectionsAreRefused() {
    YamlReader small = new YamlReader(new YamlReader.Limits(1_000_000, 100, 3, 1_000_000));
    assertThatThrownBy(() -> small.readSingle("f", "a: &a [1]\nb: [*a, *a, *a, *a]\n"))
        .isInstanceOfSatisfying(
            YamlException.class,
            e -> {
              assertThat(e.getMessage()).contains("more than 3 aliases to collections");
              assertThat(e.position()).isEqualTo(new Position("f", 2, 17));
            });
  }

  @Test
  @Timeout(30)
  void hugeInputIsRefusedWithoutParsing() {
    String big = "a: " + "x".repeat(50 * 1024 * 1024) + "\n";
    assertThatThrownBy(() -> reader.readSingle("big.yaml", big))
        .isInstanceOfSatisfying(
            YamlException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "big.yaml:1:1: yaml: input too large: more than 16777216 code points"));
    assertThatThrownBy(() -> reader.splitKubernetesDocuments("big.yaml", big))
        .isInstanceOf(YamlException.class);
  }

  @Test
  void sizeLimitIsConfigurable() {
    YamlReader small = new YamlReader(new YamlReader.Limits(10, 100, 10, 100));
    assertThat(small.readSingle("f", "a: 1234\n").toValue()).isEqualTo(Map.of("a", 1234L));
    assertThatThrownBy(() -> small.readSingle("f", "a: 12345678\n"))
        .hasMessage("f:1:1: yaml: input too large: more than 10 code points");
  }

  @Test
  @Timeout(20)
  void deepNestingIsRefused() {
    String flow = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> reader.readSingle("deep.yaml", flow))
        .isInstanceOfSatisfying(
            YamlException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo("deep.yaml:1:1001: yaml: exceeded max depth of 1000");
            });
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      block.append(" ".repeat(i)).append("a:\n");
    }
    assertThatThrownBy(() -> reader.readSingle("deep.yaml", block.toString()))
        .isInstanceOf(YamlException.class)
        .hasMessageContaining("exceeded max depth of 1000");
  }

  @Test
  void nestingWithinTheLimitIsRead() {
    String flow = "[".repeat(900) + "]".repeat(900);
    assertThat(reader.readSingle("f", flow)).isInstanceOf(YamlSeq.class);
  }

  @Test
  void aliasExpansionCountsTowardsDepth() {
    YamlReader small = new YamlReader(new YamlReader.Limits(1000, 5, 10, 1000));
    assertThatThrownBy(() -> small.readSingle("f", "a: &a [[[1]]]\nb: [[[*a]]]\n"))
        .isInstanceOf(YamlException.class)
        .hasMessage("f:2:7: yaml: exceeded max depth of 5");
  }

  // ---- Kubernetes document reader (§3.5) ----

  @Test
  void kubernetesSplitSkipsEmptyDocumentsAndKeepsLines() {
    String text = "a: 1\n--- # c\n---\n\n---\n# only\n---\r\nb: 2\r\n";
    List<YamlReader.Chunk> chunks = reader.splitKubernetesDocuments("f", text);
    assertThat(chunks)
        .containsExactly(
            new YamlReader.Chunk("a: 1\n", 1),
            new YamlReader.Chunk("\n", 4),
            new YamlReader.Chunk("# only\n", 6),
            new YamlReader.Chunk("b: 2\n", 8));
    List<YamlNode> docs = reader.readKubernetesDocuments("f", text);
    assertThat(docs)
        .extracting(YamlNode::toValue)
        .containsExactly(Map.of("a", 1L), Map.of("b", 2L));
    assertThat(docs.get(1).pos()).isEqualTo(new Position("f", 8, 1));
  }

  @Test
  void kubernetesSeparatorError() {
    assertThatThrownBy(() -> reader.readKubernetesDocuments("f", "a: 1\n--- x\nb: 2\n"))
        .isInstanceOfSatisfying(
            YamlException.class,
            e -> {
              assertThat(e.goMessage()).isEqualTo("invalid Yaml document separator: x");
              assertThat(e.getMessage()).isEqualTo("f:2:4: invalid Yaml document separator: x");
            });
    assertThatThrownBy(() -> reader.readKubernetesDocuments("f", "a: 1\n----\n"))
        .isInstanceOfSatisfying(
            YamlException.class,
            e -> assertThat(e.goMessage()).isEqualTo("invalid Yaml document separator: -"));
  }

  @Test
  void kubernetesSeparatorErrorWinsOverTheDocumentItEnds() {
    // Oracle: Go's reader checks the separator before returning the buffered document.
    assertThatThrownBy(() -> reader.readKubernetesDocuments("f", "kind: A\n---\nv: [1\n--- x\n"))
        .isInstanceOfSatisfying(
            YamlException.class,
            e -> assertThat(e.goMessage()).isEqualTo("invalid Yaml document separator: x"));
  }

  @Test
  void kubernetesEarlierDocumentErrorWinsOverLaterSeparator() {
    assertThatThrownBy(
            () -> reader.readKubernetesDocuments("f", "kind: A\n---\nv: [1\n---\nkind: B\n--- x\n"))
        .isInstanceOfSatisfying(
            YamlException.class,
            e -> {
              // Oracle: "yaml: line 1" — lines count from the start of the document.
              assertThat(e.goMessage())
                  .isEqualTo(
                      "error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'");
              assertThat(e.position()).isEqualTo(new Position("f", 4, 1));
            });
  }

  @Test
  void goTrimSpaceTrimsUnicodeSpace() {
    assertThat(io.rset.gotemplate.fmt.GoStrconv.trimSpace("\u00a0 x\u3000")).isEqualTo("x");
  }

  @Test
  void readerIsFastOnOrdinaryManifests() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      b.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c")
          .append(i)
          .append("\ndata:\n  a: \"1\"\n  b: yes\n");
    }
    long t0 = System.nanoTime();
    assertThat(reader.readKubernetesDocuments("f", b.toString())).hasSize(2000);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
  }
}
