package io.rset.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden texts come from the Go oracle: {@code echo '[{"name":"x","template":"<< toYaml inputs.v
 * >>","inputs":{"v":...}}]' | TZ=UTC gotmpl-oracle} (sigs.k8s.io/yaml Marshal), and {@code
 * toPrettyJson} for JSON.
 */
class YamlWriterTest {
  private final YamlReader reader = new YamlReader();

  /** The oracle's input rule is the Kubernetes JSON rule, which our reader applies to JSON too. */
  private Object json(String json) {
    return reader.readSingle("in.json", json).toValue();
  }

  @Test
  void naturalKeyOrderAndBlockStyle() {
    Object v =
        json(
            "{\"b\":1,\"a\":\"x\",\"item10\":true,\"item9\":null,\"Bar\":[1,2.5,\"three\"],\"_u\":{}}");
    assertThat(YamlWriter.toYaml(v))
        .isEqualTo("_u: {}\nBar:\n- 1\n- 2.5\n- three\na: x\nb: 1\nitem9: null\nitem10: true\n");
  }

  @Test
  void stringStyles() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("a", "yes");
    v.put("b", "1.0");
    v.put("c", "0x1F");
    v.put("d", "");
    v.put("e", "~");
    v.put("f", "2024-01-01");
    v.put("g", "*x");
    v.put("h", "a: b");
    v.put("i", " lead");
    v.put("j", "line1\nline2\n");
    v.put("k", "line1\nline2");
    v.put("l", "x #y");
    v.put("m", "n");
    v.put("n", "<< inputs.x >>");
    v.put("o", "tab\there");
    assertThat(YamlWriter.toYaml(v))
        .isEqualTo(
            "a: \"yes\"\nb: \"1.0\"\nc: \"0x1F\"\nd: \"\"\ne: \"~\"\nf: \"2024-01-01\"\ng: '*x'\n"
                + "h: 'a: b'\ni: ' lead'\nj: |\n  line1\n  line2\nk: |-\n  line1\n  line2\n"
                + "l: 'x #y'\nm: \"n\"\n\"n\": << inputs.x >>\no: \"tab\\there\"\n");
  }

  @Test
  void nestedSequencesAreNotIndented() {
    Object v =
        json(
            "{\"spec\":{\"containers\":[{\"name\":\"c\",\"env\":[{\"name\":\"A\",\"value\":\"1\"}]}],"
                + "\"list\":[],\"empty\":{}}}");
    assertThat(YamlWriter.toYaml(v))
        .isEqualTo(
            "spec:\n  containers:\n  - env:\n    - name: A\n      value: \"1\"\n    name: c\n"
                + "  empty: {}\n  list: []\n");
    assertThat(YamlWriter.toYaml(json("[{\"a\":1},\"x\",[1,2]]")))
        .isEqualTo("- a: 1\n- x\n- - 1\n  - 2\n");
  }

  @Test
  void numbers() {
    Object v =
        json(
            "{\"a\":1234567.5,\"b\":1e21,\"c\":-0.5,\"d\":9223372036854775807,"
                + "\"e\":12345678901234567890}");
    assertThat(YamlWriter.toYaml(v))
        .isEqualTo(
            "a: 1.2345675e+06\nb: 1e+21\nc: -0.5\nd: 9223372036854775807\n"
                + "e: 12345678901234567000\n");
  }

  @Test
  void longStringsAreFolded() {
    String s =
        "aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg hhhhhhhhhh"
            + " iiiiiiiiii";
    assertThat(YamlWriter.toYaml(Map.of("long", s)))
        .isEqualTo(
            "long: aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg\n"
                + "  hhhhhhhhhh iiiiiiiiii\n");
  }

  @Test
  void keysThatReadAsOtherTypesAreQuoted() {
    Object v = json("{\"true\":1,\"n\":2,\"1\":3,\"a b\":4,\"\":5}");
    assertThat(YamlWriter.toYaml(v))
        .isEqualTo("\"\": 5\n\"1\": 3\na b: 4\n\"n\": 2\n\"true\": 1\n");
  }

  @Test
  void nonFiniteNumbersAreRefusedWithGoText() {
    assertThatThrownBy(() -> YamlWriter.toYaml(Map.of("a", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("error marshaling into JSON: json: unsupported value: NaN");
  }

  @Test
  void roundTripsThroughTheReader() {
    String manifest =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n  labels:\n"
            + "    app.kubernetes.io/name: app\nspec:\n  replicas: 2.0\n  template:\n    spec:\n"
            + "      containers:\n      - name: c\n        args: [\"yes\", 'n', \"0x1F\", \"\", ~, 1e3]\n"
            + "        env:\n        - {name: A, value: \"line1\\nline2\\n\"}\n"
            + "        - {name: B, value: \" lead and trail \"}\n";
    Object v = reader.readSingle("d.yaml", manifest).toValue();
    String yaml = YamlWriter.toYaml(v);
    assertThat(reader.readSingle("again.yaml", yaml).toValue()).isEqualTo(v);
    assertThat(YamlWriter.toYaml(reader.readSingle("again.yaml", yaml).toValue())).isEqualTo(yaml);
    assertThat(yaml).contains("replicas: 2\n").contains("- \"yes\"\n        - \"n\"\n");
  }

  @Test
  void roundTripOfScalarsOfEveryKind() {
    List<Object> values = new ArrayList<>();
    values.add(null);
    values.add(true);
    values.add(Long.MIN_VALUE);
    values.add(Long.MAX_VALUE);
    values.add(1.5);
    values.add(1e300);
    values.add("");
    values.add("é \u2028 \t x");
    values.add("- not a list");
    values.add("multi\nline\n\n");
    values.add(" |leading space\nsecond");
    Object back = reader.readSingle("f", YamlWriter.toYaml(values)).toValue();
    assertThat(back).isEqualTo(values);
  }

  @Test
  void jsonIsIndentedWithGoKeyOrderAndEscaping() {
    Object v =
        json(
            "{\"b\":[1,2.5,{\"z\":null}],\"a\":\"<x&y>\",\"B\":{},\"e\":[],\"n\":1e21,"
                + "\"u\":\"\u00e9\\u2028\"}");
    assertThat(YamlWriter.toJson(v))
        .isEqualTo(
            "{\n  \"B\": {},\n  \"a\": \"\\u003cx\\u0026y\\u003e\",\n  \"b\": [\n    1,\n    2.5,\n"
                + "    {\n      \"z\": null\n    }\n  ],\n  \"e\": [],\n  \"n\": 1e+21,\n"
                + "  \"u\": \"\u00e9\\u2028\"\n}");
  }
}
