package io.rset.gotemplate.sprig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoComplex;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** default, empty, coalesce, all, any, ternary, fail and the reflection functions (Go oracle). */
class SprigDefaultsReflectTest {

  private static Object call(String name, Object... args) throws FuncException {
    GoFunction fn =
        Stream.of(
                SprigDefaults.functions(Limits.DEFAULT),
                SprigReflect.functions(Limits.DEFAULT),
                SprigJson.functions(Limits.DEFAULT),
                SprigDates.functions(Limits.DEFAULT))
            .flatMap(List::stream)
            .filter(f -> f.name().equals(name))
            .findFirst()
            .orElseThrow();
    return fn.body().call(args);
  }

  private static List<Object> list(Object... items) {
    return new ArrayList<>(Arrays.asList(items));
  }

  private static Map<String, Object> dict(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static GoInt i(long v) {
    return GoInt.of(v);
  }

  @Test
  void signaturesMatchSprig() {
    Map<String, String> want =
        Map.ofEntries(
            Map.entry("default", "[interface {}, []interface {}]... interface {}"),
            Map.entry("empty", "[interface {}] bool"),
            Map.entry("coalesce", "[[]interface {}]... interface {}"),
            Map.entry("all", "[[]interface {}]... bool"),
            Map.entry("any", "[[]interface {}]... bool"),
            Map.entry("ternary", "[interface {}, interface {}, bool] interface {}"),
            Map.entry("fail", "[string] string error"),
            Map.entry("fromJson", "[string] interface {}"),
            Map.entry("mustFromJson", "[string] interface {} error"),
            Map.entry("toJson", "[interface {}] string"),
            Map.entry("mustToJson", "[interface {}] string error"),
            Map.entry("toPrettyJson", "[interface {}] string"),
            Map.entry("mustToPrettyJson", "[interface {}] string error"),
            Map.entry("toRawJson", "[interface {}] string"),
            Map.entry("mustToRawJson", "[interface {}] string error"),
            Map.entry("typeOf", "[interface {}] string"),
            Map.entry("typeIs", "[string, interface {}] bool"),
            Map.entry("typeIsLike", "[string, interface {}] bool"),
            Map.entry("kindOf", "[interface {}] string"),
            Map.entry("kindIs", "[string, interface {}] bool"),
            Map.entry("deepEqual", "[interface {}, interface {}] bool"),
            Map.entry("ago", "[interface {}] string"),
            Map.entry("toDate", "[string, string] time.Time"),
            Map.entry("mustToDate", "[string, string] time.Time error"),
            Map.entry("unixEpoch", "[time.Time] string"),
            Map.entry("duration", "[interface {}] string"),
            Map.entry("durationRound", "[interface {}] string"),
            Map.entry("mustDateModify", "[string, time.Time] time.Time error"),
            Map.entry("must_date_modify", "[string, time.Time] time.Time error"));
    Map<String, String> got = new LinkedHashMap<>();
    Stream.of(
            SprigDefaults.functions(Limits.DEFAULT),
            SprigReflect.functions(Limits.DEFAULT),
            SprigJson.functions(Limits.DEFAULT),
            SprigDates.functions(Limits.DEFAULT))
        .flatMap(List::stream)
        .forEach(
            f ->
                got.put(
                    f.name(),
                    f.params()
                        + (f.variadic() ? "..." : "")
                        + " "
                        + f.result()
                        + (f.returnsError() ? " error" : "")));
    assertThat(got).containsExactlyInAnyOrderEntriesOf(want);
  }

  @Test
  void defaultAndEmpty() throws FuncException {
    assertThat(call("default", "dflt", "")).isEqualTo("dflt");
    assertThat(call("default", "dflt", "podinfo")).isEqualTo("podinfo");
    assertThat(call("default", "x")).isEqualTo("x");
    assertThat(call("default", "a", "b", "c")).isEqualTo("b");
    assertThat(call("default", i(10), 0L)).isEqualTo(i(10));
    // empty 0.0, 0i, 1i, a time, a nil slice, []string{""}, [nil], {a: nil}, int 0
    assertThat(
            List.of(
                call("empty", 0.0),
                call("empty", new GoComplex(0, 0)),
                call("empty", new GoComplex(0, 1)),
                call("empty", SprigDates.toDate("2006", "0001")),
                call("empty", new TypedNil(GoType.SLICE_INTERFACE)),
                call("empty", GoSlice.ofStrings(List.of(""))),
                call("empty", list((Object) null)),
                call("empty", dict("a", null)),
                call("empty", i(0)),
                call("empty", (Object) null),
                call("empty", false),
                call("empty", "")))
        .containsExactly(
            true, true, false, false, true, false, false, false, true, true, true, true);
  }

  @Test
  void coalesceAllAnyTernary() throws FuncException {
    assertThat(call("coalesce", "", 0L, "podinfo", "z")).isEqualTo("podinfo");
    assertThat(call("coalesce", "", null)).isNull();
    assertThat(call("coalesce")).isNull();
    assertThat(call("all", i(1), "a", true)).isEqualTo(true);
    assertThat(call("all", i(1), "")).isEqualTo(false);
    assertThat(call("all")).isEqualTo(true);
    assertThat(call("any", i(0), "", "x")).isEqualTo(true);
    assertThat(call("any", i(0), "")).isEqualTo(false);
    assertThat(call("any")).isEqualTo(false);
    assertThat(call("ternary", "yes", "no", true)).isEqualTo("yes");
    assertThat(call("ternary", "yes", "no", false)).isEqualTo("no");
  }

  @Test
  void failReturnsItsMessage() {
    assertThatThrownBy(() -> call("fail", "custom failure")).hasMessage("custom failure");
    assertThatThrownBy(() -> call("fail", "")).hasMessage("");
  }

  @Test
  void typeAndKind() throws FuncException {
    List<Object> values =
        list(
            i(1),
            1.5,
            new GoComplex(0, 1),
            GoSlice.ofStrings(List.of("a")),
            SprigDates.toDate("2006", "2000"),
            dict(),
            true,
            GoInt.of(GoType.UINT8, 97),
            null,
            "s",
            5L,
            list());
    List<Object> types = new ArrayList<>();
    List<Object> kinds = new ArrayList<>();
    for (Object v : values) {
      types.add(call("typeOf", v));
      kinds.add(call("kindOf", v));
    }
    assertThat(types)
        .containsExactly(
            "int",
            "float64",
            "complex128",
            "[]string",
            "time.Time",
            "map[string]interface {}",
            "bool",
            "uint8",
            "<nil>",
            "string",
            "int64",
            "[]interface {}");
    assertThat(kinds)
        .containsExactly(
            "int",
            "float64",
            "complex128",
            "slice",
            "struct",
            "map",
            "bool",
            "uint8",
            "invalid",
            "string",
            "int64",
            "slice");
    assertThat(call("typeIsLike", "int", i(1))).isEqualTo(true);
    assertThat(call("typeIsLike", "[]string", GoSlice.ofStrings(List.of("a")))).isEqualTo(true);
    assertThat(call("typeIs", "<nil>", null)).isEqualTo(true);
    assertThat(call("kindIs", "invalid", null)).isEqualTo(true);
    assertThat(call("typeIsLike", "interface {}", null)).isEqualTo(false);
    assertThat(call("kindIs", "struct", SprigDates.toDate("2006", "2000"))).isEqualTo(true);
    assertThat(call("kindIs", "int", 5L)).isEqualTo(false);
  }

  @Test
  void deepEqual() throws FuncException {
    TypedNil nilSlice = new TypedNil(GoType.SLICE_INTERFACE);
    List<Object> nan = list(Double.NaN);
    assertThat(
            List.of(
                call("deepEqual", list(i(1), i(2)), list(i(1), i(2))),
                call("deepEqual", 5L, i(5)),
                call("deepEqual", null, null),
                call("deepEqual", null, list()),
                call("deepEqual", list(), nilSlice),
                call("deepEqual", nilSlice, nilSlice),
                call("deepEqual", 1.5, 1.5),
                call("deepEqual", Double.NaN, Double.NaN),
                call("deepEqual", nan, nan),
                call("deepEqual", list(Double.NaN), list(Double.NaN))))
        .containsExactly(true, false, true, false, false, true, true, false, true, false);
    assertThat(
            List.of(
                call("deepEqual", dict("a", null), dict("b", null)),
                call("deepEqual", dict("a", null), dict("a", null)),
                call("deepEqual", GoSlice.ofStrings(List.of("a")), list("a")),
                call("deepEqual", dict(), dict()),
                call("deepEqual", "a", "a"),
                call("deepEqual", 5.0, 5.0),
                call("deepEqual", 0.0, -0.0),
                call("deepEqual", list((Object) null), list((Object) null)),
                call("deepEqual", list((Object) null), list(i(0))),
                call("deepEqual", dict("k", "v"), dict("k", "v"))))
        .containsExactly(false, true, false, true, true, true, true, true, false, true);
  }

  @Test
  void deepEqualOfTimesComparesLocations() throws FuncException {
    // "Z" parses to time.UTC, a layout without zone to time.Local: equal instants, unequal.
    Object utc = SprigDates.toDate("2006-01-02T15:04:05Z07:00", "2024-03-01T00:00:00Z");
    Object local = SprigDates.toDate("2006-01-02", "2024-03-01");
    assertThat(call("deepEqual", utc, local)).isEqualTo(false);
    assertThat(call("deepEqual", local, SprigDates.toDate("2006-01-02", "2024-03-01")))
        .isEqualTo(true);
    assertThat(
            call(
                "deepEqual",
                utc,
                SprigDates.toDate("2006-01-02T15:04:05Z07:00", "2024-03-01T00:00:00Z")))
        .isEqualTo(true);
  }

  @Test
  void deepEqualOfCyclicAndDeepValuesTerminates() throws FuncException {
    Map<String, Object> a = dict();
    a.put("self", a);
    Map<String, Object> b = dict();
    b.put("self", b);
    assertThat(call("deepEqual", a, b)).isEqualTo(true);
    Object x = i(1);
    Object y = i(1);
    for (int n = 0; n < 100_000; n++) {
      x = list(x);
      y = list(y);
    }
    assertThat(call("deepEqual", x, y)).isEqualTo(true);
  }

  @Test
  void jsonVariantsSwallowOrReport() throws FuncException {
    assertThat(call("toJson", Double.NaN)).isEqualTo("");
    assertThat(call("toPrettyJson", Double.NaN)).isEqualTo("");
    // toRawJson panics in sprig: the error surfaces
    assertThatThrownBy(() -> call("toRawJson", Double.POSITIVE_INFINITY))
        .hasMessage("json: unsupported value: +Inf");
    assertThatThrownBy(() -> call("mustToJson", Double.NaN))
        .hasMessage("json: unsupported value: NaN");
    assertThat(call("fromJson", "{bad")).isNull();
    assertThatThrownBy(() -> call("mustFromJson", "{bad"))
        .hasMessage("invalid character 'b' looking for beginning of object key string");
    assertThat(call("toRawJson", "<&>")).isEqualTo("\"<&>\"");
  }
}
