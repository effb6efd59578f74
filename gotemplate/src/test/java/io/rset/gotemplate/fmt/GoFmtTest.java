package io.rset.gotemplate.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.gotemplate.value.GoComplex;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoMap;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoTime;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GoFmt against Go 1.23's fmt; every expected value was printed by the Go oracle. */
class GoFmtTest {

  private static GoInt i(long v) {
    return GoInt.of(v);
  }

  private static List<Object> list(Object... items) {
    return Arrays.asList(items);
  }

  private static Map<String, Object> dict(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int k = 0; k < kv.length; k += 2) {
      m.put((String) kv[k], kv[k + 1]);
    }
    return m;
  }

  private static GoSlice strings(String... s) {
    return GoSlice.ofStrings(List.of(s));
  }

  private static GoMap stringMap(String... kv) {
    return new GoMap(GoType.MAP_STRING_STRING, dict((Object[]) kv));
  }

  /** toDate "2006-01-02" "2024-03-04" in the engine's local zone (UTC). */
  private static final GoTime DATE =
      new GoTime(ZonedDateTime.of(2024, 3, 4, 0, 0, 0, 0, ZoneId.of("UTC")));

  @Test
  void valuesWithV() {
    assertThat(
            GoFmt.sprintf(
                "%v|%+v|%#v|%T",
                list("a", i(1), 2L, 1.5, true, null, list(), dict()),
                list("a", null),
                list("a", i(1), 2L, 1.5, true, null, list(), dict("k", list(i(1)))),
                list(i(1))))
        .isEqualTo(
            "[a 1 2 1.5 true <nil> [] map[]]|[a <nil>]|[]interface {}{\"a\", 1, 2, 1.5, true,"
                + " interface {}(nil), []interface {}{}, map[string]interface"
                + " {}{\"k\":[]interface {}{1}}}|[]interface {}");
    assertThat(
            GoFmt.sprintf(
                "%v|%+v|%#v|%x",
                dict("b", i(2), "a", list(i(1), "x"), "c", null),
                dict("b", i(2)),
                dict(),
                dict("ab", "cd")))
        .isEqualTo("map[a:[1 x] b:2 c:<nil>]|map[b:2]|map[string]interface {}{}|map[6162:6364]");
    assertThat(
            GoFmt.sprintf(
                "%#v",
                list(
                    list("a", i(1)),
                    dict("k", list("v")),
                    strings("a", "b"),
                    stringMap("_0", "a"))))
        .isEqualTo(
            "[]interface {}{[]interface {}{\"a\", 1}, map[string]interface"
                + " {}{\"k\":[]interface {}{\"v\"}}, []string{\"a\", \"b\"},"
                + " map[string]string{\"_0\":\"a\"}}");
    assertThat(
            GoFmt.sprintf(
                "%s %s %d", stringMap("_0", "x", "_1", "y"), strings("x", "y"), strings("x", "y")))
        .isEqualTo("map[_0:x _1:y] [x y] [%!d(string=x) %!d(string=y)]");
    assertThat(GoFmt.sprintf("%s", list(list("a", i(1)), dict("k", list("v")))))
        .isEqualTo("[[a %!s(int=1)] map[k:[v]]]");
  }

  @Test
  void formatValueAndAppendValue() {
    assertThat(GoFmt.formatValue(null)).isEqualTo("<nil>");
    assertThat(GoFmt.formatValue("s")).isEqualTo("s");
    assertThat(GoFmt.formatValue(-7L)).isEqualTo("-7");
    assertThat(GoFmt.formatValue(GoInt.of(GoType.UINT64, -1))).isEqualTo("18446744073709551615");
    assertThat(GoFmt.formatValue(GoInt.of(GoType.UINT8, 200))).isEqualTo("200");
    assertThat(GoFmt.formatValue(1e6)).isEqualTo("1e+06");
    assertThat(GoFmt.formatValue(1.5e-7)).isEqualTo("1.5e-07");
    assertThat(GoFmt.formatValue(100000.0)).isEqualTo("100000");
    assertThat(GoFmt.formatValue(0.5)).isEqualTo("0.5");
    assertThat(GoFmt.formatValue(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    assertThat(GoFmt.formatValue(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
    assertThat(GoFmt.formatValue(Double.NaN)).isEqualTo("NaN");
    assertThat(GoFmt.formatValue(new GoComplex(0, 1))).isEqualTo("(0+1i)");
    assertThat(GoFmt.formatValue(new GoComplex(1.5, -2))).isEqualTo("(1.5-2i)");
    assertThat(GoFmt.formatValue(true)).isEqualTo("true");
    assertThat(GoFmt.formatValue(new TypedNil(GoType.SLICE_STRING))).isEqualTo("[]");
    assertThat(GoFmt.formatValue(new TypedNil(GoType.MAP_STRING_INTERFACE))).isEqualTo("map[]");
    assertThat(GoFmt.formatValue(new TypedNil(GoType.pointerTo(GoType.INT)))).isEqualTo("<nil>");
    StringBuilder sb = new StringBuilder("x=");
    GoFmt.appendValue(sb, list(i(1), "a", null, 2.5));
    assertThat(sb).hasToString("x=[1 a <nil> 2.5]");
  }

  @Test
  void typedNilGoSyntax() {
    assertThat(
            GoFmt.sprintf(
                "%#v|%#v|%#v|%d",
                new TypedNil(GoType.SLICE_STRING),
                new TypedNil(GoType.MAP_STRING_INTERFACE),
                new TypedNil(GoType.pointerTo(GoType.INT)),
                new TypedNil(GoType.SLICE_INTERFACE)))
        .isEqualTo("[]string(nil)|map[string]interface {}(nil)|(*int)(nil)|[]");
  }

  @Test
  void integers() {
    assertThat(
            GoFmt.sprintf(
                "%d|%5d|%-5d|%05d|%+d|% d|%.3d|%8.3d|%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b|%c|%q|%+q|%U|%#U",
                i(42), i(42), i(42), i(-42), i(42), i(42), i(7), i(7), i(255), i(255), i(255),
                i(255), i(8), i(8), i(8), i(5), i(5), i(9731), i(9731), i(9731), i(9731), i(9731)))
        .isEqualTo(
            "42|   42|42   |-0042|+42| 42|007|     007|ff|FF|0xff|0XFF|10|010|0o10|101|0b101|\u2603"
                + "|'\u2603'|'\\u2603'|U+2603|U+2603 '\u2603'");
    assertThat(
            GoFmt.sprintf(
                "%.0d|%5.0d|%-08d|%08.3d|%+05d|% 05d|%x|%#o|%d",
                i(0), i(0), i(3), i(3), i(3), i(3), i(-255), i(0), i(-9223372036854775807L)))
        .isEqualTo("|     |3       |     003|+0003| 0003|-ff|0|-9223372036854775807");
    assertThat(GoFmt.sprintf("%v %d %s %T", Long.MIN_VALUE, Long.MIN_VALUE, 1L, 1L))
        .isEqualTo("-9223372036854775808 -9223372036854775808 %!s(int64=1) int64");
    assertThat(GoFmt.sprintf("%c %q %U", i(65), i(-1), i(-5)))
        .isEqualTo("A '\ufffd' U+FFFFFFFFFFFFFFFB");
    assertThat(GoFmt.sprintf("%q|%c|%U|%#U", i(1114112), i(-1), i(-1), i(1114111)))
        .isEqualTo("'\ufffd'|\ufffd|U+FFFFFFFFFFFFFFFF|U+10FFFF");
    assertThat(GoFmt.sprintf("%#v|%v", GoInt.of(GoType.UINT8, 5), GoInt.of(GoType.UINT8, 5)))
        .isEqualTo("0x5|5");
  }

  @Test
  void strings() {
    String s = "h\u00e9llo";
    Object[] args = new Object[16];
    Arrays.fill(args, s);
    assertThat(
            GoFmt.sprintf(
                "%s|%10s|%-10s|%.2s|%5.1s|%q|%#q|%+q|%x|% x|%#x|%# X|%.1x|%10x|%-10X|%010s", args))
        .isEqualTo(
            "h\u00e9llo|     h\u00e9llo|h\u00e9llo     |h\u00e9|    h|\"h\u00e9llo\"|`h\u00e9llo`"
                + "|\"h\\u00e9llo\"|68c3a96c6c6f|68 c3 a9 6c 6c 6f|0x68c3a96c6c6f"
                + "|0X68 0XC3 0XA9 0X6C 0X6C 0X6F|68|68c3a96c6c6f|68C3A96C6C6F|00000h\u00e9llo");
    assertThat(
            GoFmt.sprintf(
                "%q|%#q|%+q|%q|%#q",
                "a\tb\u0000\u00a0\u200b\ud83d\ude00\u007f",
                "a\tb",
                "\ud83d\ude00\u00e9",
                "`",
                "\ufeff"))
        .isEqualTo(
            "\"a\\tb\\x00\\u00a0\\u200b\ud83d\ude00\\x7f\"|`a\tb`|\"\\U0001f600\\u00e9\"|\"`\"|\"\\ufeff\"");
    assertThat(GoFmt.sprintf("%6.2v", "hello")).isEqualTo("    he");
    assertThat(GoFmt.sprintf("[%05s]|[%-05d]|[%05t]", "ab", i(7), "ab"))
        .isEqualTo("[000ab]|[7    ]|[%!t(string=000ab)]");
  }

  @Test
  void boolsAndNil() {
    assertThat(GoFmt.sprintf("%t|%5t|%-6t|%v|%d|%s", true, false, true, false, true, false))
        .isEqualTo("true|false|true  |false|%!d(bool=true)|%!s(bool=false)");
    assertThat(
            GoFmt.sprintf("%v|%d|%s|%x|%q|%v", null, null, null, null, null, list((Object) null)))
        .isEqualTo("<nil>|%!d(<nil>)|%!s(<nil>)|%!x(<nil>)|%!q(<nil>)|[<nil>]");
    assertThat(GoFmt.sprintf("%d", list((Object) null))).isEqualTo("[<nil>]");
  }

  @Test
  void floats() {
    assertThat(
            GoFmt.sprintf(
                "%6.2f|%-8.3e|%+g|% g|%#g|%#.3x|%010.3f|%-010.3f|%+010.3f|%e|%G",
                3.14159, 3.14159, 1.5, 1.5, 1.5, 1.5, -3.14159, -3.14159, 3.14159, 0.0, 1e-10))
        .isEqualTo(
            "  3.14|3.142e+00|+1.5| 1.5|1.50000|0x1.800p+00|-00003.142|-3.142    |+00003.142"
                + "|0.000000e+00|1E-10");
    assertThat(
            GoFmt.sprintf(
                "%v %v %v %v %v %v %v %v",
                1e6, 1e21, 1e20, 123456789.0, 1.5e-7, 0.0001, 0.00001, 100000.0))
        .isEqualTo("1e+06 1e+21 1e+20 1.23456789e+08 1.5e-07 0.0001 1e-05 100000");
    assertThat(
            GoFmt.sprintf(
                "%v|%.2v|%10.3v|%-10v|%+v|%#v",
                3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 3.14159))
        .isEqualTo("3.14159|3.1|      3.14|3.14159   |3.14159|3.14159");
    assertThat(GoFmt.sprintf("%v|%v|%.3v", 1e100, -1e-100, list(1.23456, "abcdef")))
        .isEqualTo("1e+100|-1e-100|[1.23 abc]");
    assertThat(GoFmt.sprintf("[%x]|[% X]|[%#x]|[%.2x]", -1.5, -1.5, -1.5, -1.5))
        .isEqualTo("[-0x1.8p+00]|[-0X1.8P+00]|[-0x1.8000p+00]|[-0x1.80p+00]");
  }

  @Test
  void listsWithFlags() {
    assertThat(
            GoFmt.sprintf(
                "%5v|%-4v|%05v|%x|%X|%q|%s",
                list(i(1), i(2)),
                list("a", "b"),
                list(i(1), i(-2)),
                list(i(255), "hi", 1.0),
                list(i(255)),
                list("a", i(1), 2.5, true),
                list("a", i(1), true, null)))
        .isEqualTo(
            "[    1     2]|[a    b   ]|[00001 -0002]|[ff 6869 0x1p+00]|[FF]"
                + "|[\"a\" '\\x01' %!q(float64=2.5) %!q(bool=true)]|[a %!s(int=1) %!s(bool=true) <nil>]");
    assertThat(
            GoFmt.sprintf(
                "%x|%X|% x|%#x|%q",
                list("ab", "cd"),
                list("ab", i(255)),
                list("ab"),
                list("ab", i(255)),
                list(i(65), "x")))
        .isEqualTo("[6162 6364]|[6162 FF]|[61 62]|[0x6162 0xff]|['A' \"x\"]");
  }

  @Test
  void sprintAndSprintln() {
    assertThat(
            GoFmt.sprint(
                "a", i(1), i(2), "b", "c", 3.5, true, false, null, "x", null, list(i(1)), dict()))
        .isEqualTo("a1 2bc3.5 true false <nil>x<nil> [1] map[]");
    assertThat(GoFmt.sprintln("a", i(1), i(2), "b", null, list((Object) null)))
        .isEqualTo("a 1 2 b <nil> [<nil>]\n");
    assertThat(GoFmt.sprint()).isEmpty();
    assertThat(GoFmt.sprintln()).isEqualTo("\n");
  }

  @Test
  void argumentErrors() {
    assertThat(GoFmt.sprintf("%d %d", i(1))).isEqualTo("1 %!d(MISSING)");
    assertThat(GoFmt.sprintf("%[2]d %[1]d %d", i(1), i(2))).isEqualTo("2 1 2");
    assertThat(GoFmt.sprintf("%[1]d %[1]x %[1]o", i(10))).isEqualTo("10 a 12");
    assertThat(GoFmt.sprintf("%*.*f|%-*d|%*s", i(8), i(2), 3.14159, i(4), i(7), i(-6), "ab"))
        .isEqualTo("    3.14|7   |ab    ");
    assertThat(GoFmt.sprintf("%*d|%.*d", 1.5, i(1), "x", i(2)))
        .isEqualTo("%!(BADWIDTH)1|%!(BADPREC)2");
    assertThat(GoFmt.sprintf("%*d", i(10000000), i(1))).isEqualTo("%!(BADWIDTH)1");
    assertThat(GoFmt.sprintf("%.*d", i(-3), i(7))).isEqualTo("%!(BADPREC)7");
    assertThat(GoFmt.sprintf("%[5]d|%[-1]d|%[1]*d|%[1].[2]d", i(1), i(2)))
        .isEqualTo("%!d(BADINDEX)|%!d(BADINDEX)|2|%!d(BADINDEX)");
    assertThat(GoFmt.sprintf("%[2]*[1]d|%[3]d %d|%d %[1]d", i(1), i(2)))
        .isEqualTo(" 1|%!d(BADINDEX) 2|%!d(MISSING) 1");
    assertThat(GoFmt.sprintf("%.3[1]d|%[1]2d|%[1].2d", i(5)))
        .isEqualTo("005|%!d(BADINDEX)|%!d(BADINDEX)");
    assertThat(GoFmt.sprintf("100%%|%5%|%-5%|%c%%", i(65))).isEqualTo("100%|%|%|A%");
    assertThat(GoFmt.sprintf("[%5%]", "ab")).isEqualTo("[%]%!(EXTRA string=ab)");
    assertThat(GoFmt.sprintf("%!")).isEqualTo("%!!(MISSING)");
    assertThat(GoFmt.sprintf("abc%")).isEqualTo("abc%!(NOVERB)");
    assertThat(GoFmt.sprintf("%5", i(1))).isEqualTo("%!(NOVERB)%!(EXTRA int=1)");
    assertThat(GoFmt.sprintf("%.5", i(1))).isEqualTo("%!(NOVERB)%!(EXTRA int=1)");
    assertThat(GoFmt.sprintf("%[1]", i(1))).isEqualTo("%!(NOVERB)");
    assertThat(GoFmt.sprintf("%s %s %s", "a", "b", "c", "d", list(i(1)), null))
        .isEqualTo("a b c%!(EXTRA string=d, []interface {}=[1], <nil>)");
    assertThat(GoFmt.sprintf("%d", i(1), i(2), null)).isEqualTo("1%!(EXTRA int=2, <nil>)");
    assertThat(GoFmt.sprintf("%w|%p|%p", i(1), "x", null))
        .isEqualTo("%!w(int=1)|%!p(string=x)|%!p(<nil>)");
    assertThat(GoFmt.sprintf("%\u00e9|%\u2603", i(1)))
        .isEqualTo("%!\u00e9(int=1)|%!\u2603(MISSING)");
    assertThat(GoFmt.sprintf("%!|%-|%5|%.|%[|%[1|%[x]d|%[0]d", i(1)))
        .isEqualTo("%!!(int=1)|%!|(MISSING)%!|(MISSING)%!|(MISSING)%!d(BADINDEX)|%!d(BADINDEX)");
    assertThat(GoFmt.sprintf("%v %v")).isEqualTo("%!v(MISSING) %!v(MISSING)");
    assertThat(GoFmt.sprintf("[%-08.3f]|[%08.3f]", "ab", "ab"))
        .isEqualTo("[%!f(string=ab      )]|[%!f(string=000000ab)]");
    assertThat(GoFmt.sprintf("[%-08.3f]|[%08.3f]", i(7), i(7)))
        .isEqualTo("[%!f(int=007     )]|[%!f(int=     007)]");
  }

  @Test
  void types() {
    assertThat(
            GoFmt.sprintf(
                "%T %T %T %T %T %T", DATE, strings("a"), stringMap("_0", "a"), 1.5, list(), null))
        .isEqualTo("time.Time []string map[string]string float64 []interface {} <nil>");
    assertThat(GoFmt.typeName(null)).isEqualTo("<nil>");
    assertThat(GoFmt.typeName(i(1))).isEqualTo("int");
    assertThat(GoFmt.typeName(dict())).isEqualTo("map[string]interface {}");
  }

  @Test
  void times() {
    assertThat(GoFmt.sprintf("%v|%s|%q|%x|%10.4v|%-25v|", DATE, DATE, DATE, DATE, DATE, DATE))
        .isEqualTo(
            "2024-03-04 00:00:00 +0000 UTC|2024-03-04 00:00:00 +0000 UTC"
                + "|\"2024-03-04 00:00:00 +0000 UTC\""
                + "|323032342d30332d30342030303a30303a3030202b3030303020555443|      2024"
                + "|2024-03-04 00:00:00 +0000 UTC|");
    assertThat(GoFmt.sprintf("%v|%+v|%#v", list(DATE), DATE, DATE))
        .isEqualTo(
            "[2024-03-04 00:00:00 +0000 UTC]|2024-03-04 00:00:00 +0000 UTC"
                + "|time.Date(2024, time.March, 4, 0, 0, 0, 0, time.Local)");
    assertThat(GoFmt.sprintf("%t", DATE))
        .isEqualTo(
            "{%!t(uint64=0) %!t(int64=63845107200) %!t(*time.Location=&{UTC [] []  0 0 <nil>})}");
    ZonedDateTime t1 =
        ZonedDateTime.of(2024, 3, 4, 1, 2, 3, 500_000_000, ZoneOffset.ofHoursMinutes(5, 30));
    ZonedDateTime t2 = ZonedDateTime.of(2024, 3, 4, 1, 2, 3, 123456789, ZoneOffset.UTC);
    assertThat(GoFmt.sprintf("%v|%v", new GoTime(t1), new GoTime(t2)))
        .isEqualTo("2024-03-04 01:02:03.5 +0530 +0530|2024-03-04 01:02:03.123456789 +0000 UTC");
    // Parsed from "...Z": Go's time.UTC, whose location is a nil pointer.
    GoTime utc = new GoTime(ZonedDateTime.of(2024, 3, 4, 1, 2, 3, 500_000_000, ZoneOffset.UTC));
    assertThat(GoFmt.sprintf("%d|%#v|%t|%+d", utc, utc, utc, utc))
        .isEqualTo(
            "{500000000 63845110923 0}"
                + "|time.Date(2024, time.March, 4, 1, 2, 3, 500000000, time.UTC)"
                + "|{%!t(uint64=500000000) %!t(int64=63845110923) %!t(*time.Location=<nil>)}"
                + "|{+500000000 +63845110923 +0}");
    GoTime fixed =
        new GoTime(ZonedDateTime.of(2024, 3, 4, 1, 2, 3, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    assertThat(GoFmt.sprintf("%#v", fixed))
        .isEqualTo("time.Date(2024, time.March, 4, 1, 2, 3, 0, time.Location(\"\"))");
  }
}
