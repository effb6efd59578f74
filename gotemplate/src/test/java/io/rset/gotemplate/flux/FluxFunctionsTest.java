package io.rset.gotemplate.flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoComplex;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoTime;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values come from Go (the oracle), for values the template engine builds. */
class FluxFunctionsTest {

  private static GoFunction fn(String name) {
    return FluxFunctions.extras().stream().filter(f -> f.name().equals(name)).findFirst().get();
  }

  private static String toYaml(Object v) throws FuncException {
    return (String) fn("toYaml").body().call(new Object[] {v});
  }

  private static String mustToYaml(Object v) throws FuncException {
    return (String) fn("mustToYaml").body().call(new Object[] {v});
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void signatures() {
    assertThat(fn("slugify").params()).containsExactly(GoType.STRING);
    assertThat(fn("slugify").result()).isEqualTo(GoType.STRING);
    assertThat(fn("toYaml").params()).containsExactly(GoType.INTERFACE);
    assertThat(fn("toYaml").returnsError()).isFalse();
    assertThat(fn("mustToYaml").params()).containsExactly(GoType.INTERFACE);
    assertThat(fn("mustToYaml").returnsError()).isTrue();
  }

  @Test
  void inputsReturnsTheMapOrANilMap() throws FuncException {
    Map<String, Object> in = map("a", 1L);
    GoFunction f = FluxFunctions.inputs(in);
    assertThat(f.name()).isEqualTo("inputs");
    assertThat(f.params()).isEmpty();
    assertThat(f.result()).isEqualTo(GoType.MAP_STRING_INTERFACE);
    assertThat(f.body().call(new Object[0])).isSameAs(in);
    // Go: << inputs >> prints map[], << typeOf inputs >> map[string]interface {}, toJson null.
    assertThat(FluxFunctions.inputs(null).body().call(new Object[0]))
        .isEqualTo(new TypedNil(GoType.MAP_STRING_INTERFACE));
    assertThat(toYaml(new TypedNil(GoType.MAP_STRING_INTERFACE))).isEqualTo("null\n");
  }

  @Test
  void nil() throws FuncException {
    assertThat(toYaml(null)).isEqualTo("null\n");
    assertThat(toYaml(new TypedNil(GoType.SLICE_STRING))).isEqualTo("null\n");
  }

  @Test
  void typedValues() throws FuncException {
    // mustToYaml (dict "a" (splitList "," "x,y") "b" (int 7) "c" (list) "d" (dict))
    Object v =
        map(
            "a", GoSlice.ofStrings(List.of("x", "y")),
            "b", GoInt.of(7),
            "c", List.of(),
            "d", map());
    assertThat(mustToYaml(v)).isEqualTo("a:\n- x\n- \"y\"\nb: 7\nc: []\nd: {}\n");
    assertThat(toYaml(List.of(GoInt.of(GoType.UINT64, -1L)))).isEqualTo("- 18446744073709551615\n");
  }

  @Test
  void times() throws FuncException {
    ZonedDateTime t = ZonedDateTime.of(2024, 5, 6, 10, 11, 12, 500_000_000, ZoneOffset.ofHours(2));
    assertThat(mustToYaml(new GoTime(t))).isEqualTo("\"2024-05-06T10:11:12.5+02:00\"\n");
    ZonedDateTime t1 = ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    assertThat(mustToYaml(List.of(new GoTime(t1)))).isEqualTo("- \"0001-01-01T00:00:00Z\"\n");
    ZonedDateTime t2 = ZonedDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    assertThatThrownBy(() -> mustToYaml(new GoTime(t2)))
        .hasMessage(
            "error marshaling into JSON: json: error calling MarshalJSON for type time.Time:"
                + " Time.MarshalJSON: year outside of range [0,9999]");
    // Go: toYaml (dict "t" (toDate "2006-01-02 -07:00:00" "2020-01-01 -00:00:30")); RFC 3339
    // drops the seconds of the offset, and the minutes truncate toward zero.
    ZonedDateTime t3 = ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(-30));
    assertThat(toYaml(map("t", new GoTime(t3)))).isEqualTo("t: \"2020-01-01T00:00:00+00:00\"\n");
  }

  @Test
  void unsupportedValues() throws FuncException {
    assertThatThrownBy(() -> mustToYaml(Double.POSITIVE_INFINITY))
        .isInstanceOf(FuncException.class)
        .hasMessage("error marshaling into JSON: json: unsupported value: +Inf");
    assertThatThrownBy(() -> mustToYaml(List.of(1L, new GoComplex(1, 2))))
        .hasMessage("error marshaling into JSON: json: unsupported type: complex128");
    // The JSON error wins over a YAML reading error met earlier in the text.
    assertThatThrownBy(() -> mustToYaml(List.of("a\u007f", Double.NaN)))
        .hasMessage("error marshaling into JSON: json: unsupported value: NaN");
    assertThat(toYaml(Double.NaN)).isEmpty();
  }

  @Test
  void shapes() throws FuncException {
    assertThat(toYaml(String.join(" ", java.util.Collections.nCopies(30, "word"))))
        .isEqualTo(
            "word word word word word word word word word word word word word word word word"
                + " word\n  word word word word word word word word word word word word word\n");
    assertThat(toYaml(map("a\nb", 1L, "c", List.of("x\ny"))))
        .isEqualTo("? |-\n  a\n  b\n: 1\nc:\n- |-\n  x\n  y\n");
    assertThat(toYaml(List.of("\ufeffab c"))).isEqualTo("- \"\\uFEFF\\x61\\x62\\x20\\x63\"\n");
    assertThat(toYaml(map("a", List.of(List.of(map("k", "v", "l", List.of(1L, 2L))), map()))))
        .isEqualTo("a:\n- - k: v\n    l:\n    - 1\n    - 2\n- {}\n");
    assertThat(toYaml(List.of("a\u2028b", "\u2028"))).isEqualTo("- 'a\u2028  b'\n- '\u2028'\n");
    assertThat(toYaml(List.of("a\rb\n", "a\n\rb"))).isEqualTo("- \"a\\rb\\n\"\n- \"a\\n\\rb\"\n");
    assertThat(toYaml(map("", List.of(1L), " ", map()))).isEqualTo("\"\":\n- 1\n' ': {}\n");
  }

  @Test
  void deepNestingUpToGoYamlsLimit() throws FuncException {
    Object v = List.of();
    for (int i = 1; i < 10000; i++) {
      v = List.of(v);
    }
    assertThat(mustToYaml(v)).hasSize(20001).endsWith("- []\n");
    Object deeper = List.of(v);
    assertThatThrownBy(() -> mustToYaml(deeper)).hasMessage("yaml: exceeded max depth of 10000");
    Object m = map();
    for (int i = 0; i < 10000; i++) {
      m = map("a", m);
    }
    Object deepMap = m;
    assertThatThrownBy(() -> mustToYaml(deepMap)).hasMessage("yaml: exceeded max depth of 10000");
  }

  @Test
  void sharedSubValuesCannotBlowUp() {
    // 2^60 leaves through sharing: the walk stops at the output limit.
    Object v = List.of("x");
    for (int i = 0; i < 60; i++) {
      v = List.of(v, v);
    }
    Object big = v;
    GoFunction small =
        FluxFunctions.extras(new Limits(100, 1000, 100)).stream()
            .filter(f -> f.name().equals("toYaml"))
            .findFirst()
            .get();
    assertThatThrownBy(() -> small.body().call(new Object[] {big}))
        .isInstanceOf(FuncException.class)
        .hasMessage("toYaml result exceeds the output limit of 1000 bytes");
    assertThatThrownBy(() -> mustToYaml(big)).isInstanceOf(FuncException.class);
  }

  @Test
  void outputLimit() {
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      items.add("item");
    }
    GoFunction small =
        FluxFunctions.extras(new Limits(100, 50, 100)).stream()
            .filter(f -> f.name().equals("mustToYaml"))
            .findFirst()
            .get();
    assertThatThrownBy(() -> small.body().call(new Object[] {items}))
        .hasMessage("mustToYaml result exceeds the output limit of 50 bytes");
  }

  @Test
  void floats() {
    assertThat(GoFloats.formatG(1234567.5)).isEqualTo("1.2345675e+06");
    assertThat(GoFloats.formatG(1e-5)).isEqualTo("1e-05");
    assertThat(GoFloats.formatG(0.0001)).isEqualTo("0.0001");
    assertThat(GoFloats.formatG(123456.0)).isEqualTo("123456");
    assertThat(GoFloats.formatG(5e-324)).isEqualTo("5e-324");
    assertThat(GoFloats.yamlNumber(-0.0)).isEqualTo("0");
    assertThat(GoFloats.yamlNumber(Math.pow(2, 60))).isEqualTo("1152921504606847000");
    assertThat(GoFloats.yamlNumber(1e20)).isEqualTo("1e+20");
    assertThat(GoJsonText.number(1e-7)).isEqualTo("1e-7");
    assertThat(GoJsonText.number(1e21)).isEqualTo("1e+21");
    assertThat(GoJsonText.number(0.000001)).isEqualTo("0.000001");
  }

  @Test
  void jsonText() {
    assertThat(GoJsonText.write(map("b", List.of(1L, 2.5, true), "a", "<x>&\u2028\"\n")))
        .isEqualTo("{\"a\":\"\\u003cx\\u003e\\u0026\\u2028\\\"\\n\",\"b\":[1,2.5,true]}");
  }
}
