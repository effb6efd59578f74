package io.rset.gotemplate.sprig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.value.GoComplex;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoTime;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** toJson / toPrettyJson / toRawJson: Go's encoding/json. Expectations from the Go oracle. */
class JsonEncoderTest {

  private static String json(Object v) throws FuncException {
    return JsonEncoder.encode(v, true, false, 1 << 20);
  }

  private static String pretty(Object v) throws FuncException {
    return JsonEncoder.encode(v, true, true, 1 << 20);
  }

  private static String raw(Object v) throws FuncException {
    return JsonEncoder.encode(v, false, false, 1 << 20);
  }

  private static Map<String, Object> dict(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static List<Object> list(Object... items) {
    return new ArrayList<>(Arrays.asList(items));
  }

  @Test
  void mapsSortKeysByteWise() throws FuncException {
    // toJson (dict "b" 1 "a" (list 1 2) "c" nil)
    assertThat(json(dict("b", GoInt.of(1), "a", list(GoInt.of(1), GoInt.of(2)), "c", null)))
        .isEqualTo("{\"a\":[1,2],\"b\":1,\"c\":null}");
    // toJson (dict "\u00e9" 1 "\U0001F600" 2 "\uFFFF" 3 "z" 4)
    assertThat(
            json(
                dict(
                    "\u00e9", GoInt.of(1),
                    "\ud83d\ude00", GoInt.of(2),
                    "\uffff", GoInt.of(3),
                    "z", GoInt.of(4))))
        .isEqualTo("{\"z\":4,\"\u00e9\":1,\"\uffff\":3,\"\ud83d\ude00\":2}");
  }

  @Test
  void stringEscapes() throws FuncException {
    String s = "a\"b\\c\n\r\t\b\f\001\037\177<>&\u2028\u2029\u00e9\ud83d\ude00";
    String common = "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\177";
    String tail = "\\u2028\\u2029\u00e9\ud83d\ude00\"";
    assertThat(json(s)).isEqualTo(common + "\\u003c\\u003e\\u0026" + tail);
    assertThat(pretty(s)).isEqualTo(common + "\\u003c\\u003e\\u0026" + tail);
    assertThat(raw(s)).isEqualTo(common + "<>&" + tail);
  }

  @Test
  void numbers() throws FuncException {
    List<Object> floats =
        list(
            1.5,
            -0.0,
            1e-7,
            123456789.0,
            1e20,
            1e21,
            0.1,
            1e-6,
            -1.5e-9,
            5e-324,
            1.7976931348623157e308,
            100.0,
            12345678.9);
    assertThat(json(floats))
        .isEqualTo(
            "[1.5,-0,1e-7,123456789,100000000000000000000,1e+21,0.1,0.000001,-1.5e-9,5e-324,"
                + "1.7976931348623157e+308,100,12345678.9]");
    assertThat(json(list(Long.MIN_VALUE, Long.MAX_VALUE)))
        .isEqualTo("[-9223372036854775808,9223372036854775807]");
    assertThat(json(true) + json(false) + json(GoInt.of(0)) + json(GoInt.of(-5)))
        .isEqualTo("truefalse0-5");
    assertThat(json(GoInt.of(GoType.UINT64, -1))).isEqualTo("18446744073709551615");
  }

  @Test
  void typedSlicesAndNils() throws FuncException {
    assertThat(json(GoSlice.ofStrings(List.of("a", "b")))).isEqualTo("[\"a\",\"b\"]");
    assertThat(json(new TypedNil(GoType.SLICE_INTERFACE))).isEqualTo("null");
    assertThat(json(new TypedNil(GoType.MAP_STRING_INTERFACE))).isEqualTo("null");
    assertThat(json(null)).isEqualTo("null");
    assertThat(json(list())).isEqualTo("[]");
    assertThat(json(dict())).isEqualTo("{}");
  }

  @Test
  void prettyIndentsByTwoSpaces() throws FuncException {
    Object v =
        dict(
            "z", list(),
            "y", dict(),
            "x", list(GoInt.of(1), dict("k", null)),
            "\u00e9", GoInt.of(1),
            "B", GoInt.of(2),
            "a", GoInt.of(3));
    assertThat(pretty(v))
        .isEqualTo(
            "{\n  \"B\": 2,\n  \"a\": 3,\n  \"x\": [\n    1,\n    {\n      \"k\": null\n    }\n"
                + "  ],\n  \"y\": {},\n  \"z\": [],\n  \"\u00e9\": 1\n}");
    assertThat(pretty("s")).isEqualTo("\"s\"");
    assertThat(pretty(list())).isEqualTo("[]");
    assertThat(raw(dict("z", list(), "y", dict(), "x", list(GoInt.of(1), dict("k", "<&>")))))
        .isEqualTo("{\"x\":[1,{\"k\":\"<&>\"}],\"y\":{},\"z\":[]}");
  }

  @Test
  void unsupportedValuesAndTypes() {
    assertThatThrownBy(() -> json(Double.NaN)).hasMessage("json: unsupported value: NaN");
    assertThatThrownBy(() -> raw(list(Double.NEGATIVE_INFINITY)))
        .hasMessage("json: unsupported value: -Inf");
    assertThatThrownBy(() -> pretty(Double.POSITIVE_INFINITY))
        .hasMessage("json: unsupported value: +Inf");
    assertThatThrownBy(() -> pretty(new GoComplex(0, 1)))
        .hasMessage("json: unsupported type: complex128");
  }

  @Test
  void cyclesAreDetected() {
    // $d := dict; set $d "a" $d   and   $l := list $d; set $d "a" $l
    Map<String, Object> d = dict();
    d.put("a", d);
    assertThatThrownBy(() -> json(d))
        .hasMessage("json: unsupported value: encountered a cycle via map[string]interface {}");
    Map<String, Object> d2 = dict();
    d2.put("a", list(d2));
    assertThatThrownBy(() -> json(d2))
        .hasMessage("json: unsupported value: encountered a cycle via map[string]interface {}");
  }

  @Test
  void cycleIsNamedByTheContainerAtDepth1000() {
    // $d := dict; $l := list (list $d); set $d "a" $l
    Map<String, Object> d = dict();
    d.put("a", list(list(d)));
    assertThatThrownBy(() -> json(d))
        .hasMessage("json: unsupported value: encountered a cycle via []interface {}");
    assertThatThrownBy(() -> pretty(list(d)))
        .hasMessage("json: unsupported value: encountered a cycle via map[string]interface {}");
  }

  @Test
  void deepValuesDoNotOverflowTheStack() throws FuncException {
    Object v = GoInt.of(1);
    for (int i = 0; i < 100_000; i++) {
      v = list(v);
    }
    assertThat(json(v)).hasSize(200_001);
  }

  @Test
  void times() throws FuncException {
    assertThat(json(SprigDates.toDate("2006-01-02", "2024-03-01")))
        .isEqualTo("\"2024-03-01T00:00:00Z\"");
    assertThat(
            json(
                SprigDates.toDate(
                    "2006-01-02T15:04:05.999999999Z07:00", "2024-01-01T00:00:00.000000100+05:30")))
        .isEqualTo("\"2024-01-01T00:00:00.0000001+05:30\"");
    GoTime early =
        SprigDates.dateModify(
            "-2000000h", SprigDates.dateModify("-2000000h", SprigDates.toDate("2006", "0001")));
    assertThatThrownBy(() -> json(early))
        .hasMessage(
            "json: error calling MarshalJSON for type time.Time: Time.MarshalJSON: year outside"
                + " of range [0,9999]");
    GoTime late = SprigDates.dateModify("2000000h", SprigDates.toDate("2006", "9999"));
    assertThatThrownBy(() -> json(late))
        .hasMessage(
            "json: error calling MarshalJSON for type time.Time: Time.MarshalJSON: year outside"
                + " of range [0,9999]");
  }
}
