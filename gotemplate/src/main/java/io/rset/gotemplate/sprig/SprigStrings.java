package io.rset.gotemplate.sprig;

import static io.rset.gotemplate.value.GoType.BOOL;
import static io.rset.gotemplate.value.GoType.INT;
import static io.rset.gotemplate.value.GoType.INTERFACE;
import static io.rset.gotemplate.value.GoType.MAP_STRING_STRING;
import static io.rset.gotemplate.value.GoType.SLICE_INTERFACE;
import static io.rset.gotemplate.value.GoType.SLICE_STRING;
import static io.rset.gotemplate.value.GoType.STRING;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.fmt.GoFmt;
import io.rset.gotemplate.fmt.GoStrconv;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoMap;
import io.rset.gotemplate.value.GoSlice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * slim-sprig's string functions (strings.go and the string entries of functions.go), with their
 * exact Go signatures. Strings built from repeated parts are bounded by {@link
 * Limits#maxListSize()}.
 */
final class SprigStrings {
  private SprigStrings() {}

  static List<GoFunction> functions(Limits limits) {
    int max = limits.maxListSize();
    List<GoFunction> fns = new ArrayList<>();
    fns.add(GoFunction.of("hello", STRING, List.of(), a -> "Hello!"));
    fns.add(
        GoFunction.of("trunc", STRING, List.of(INT, STRING), a -> trunc(intArg(a[0]), str(a[1]))));
    fns.add(
        GoFunction.of(
            "trim",
            STRING,
            List.of(STRING),
            a -> io.rset.gotemplate.fmt.GoStrconv.trimSpace(str(a[0]))));
    fns.add(GoFunction.of("upper", STRING, List.of(STRING), a -> StrGo.toUpper(str(a[0]))));
    fns.add(GoFunction.of("lower", STRING, List.of(STRING), a -> StrGo.toLower(str(a[0]))));
    fns.add(GoFunction.of("title", STRING, List.of(STRING), a -> StrGo.title(str(a[0]))));
    fns.add(
        GoFunction.of(
            "substr",
            STRING,
            List.of(INT, INT, STRING),
            a -> substring(intArg(a[0]), intArg(a[1]), str(a[2]))));
    fns.add(
        GoFunction.of(
            "repeat", STRING, List.of(INT, STRING), a -> repeat(str(a[1]), intArg(a[0]), max)));
    fns.add(
        GoFunction.of(
            "trimall", STRING, List.of(STRING, STRING), a -> StrGo.trim(str(a[1]), str(a[0]))));
    fns.add(
        GoFunction.of(
            "trimAll", STRING, List.of(STRING, STRING), a -> StrGo.trim(str(a[1]), str(a[0]))));
    fns.add(
        GoFunction.of(
            "trimSuffix",
            STRING,
            List.of(STRING, STRING),
            a -> {
              String suffix = str(a[0]);
              String s = str(a[1]);
              return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
            }));
    fns.add(
        GoFunction.of(
            "trimPrefix",
            STRING,
            List.of(STRING, STRING),
            a -> {
              String prefix = str(a[0]);
              String s = str(a[1]);
              return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
            }));
    fns.add(
        GoFunction.of(
            "contains", BOOL, List.of(STRING, STRING), a -> str(a[1]).contains(str(a[0]))));
    fns.add(
        GoFunction.of(
            "hasPrefix", BOOL, List.of(STRING, STRING), a -> str(a[1]).startsWith(str(a[0]))));
    fns.add(
        GoFunction.of(
            "hasSuffix", BOOL, List.of(STRING, STRING), a -> str(a[1]).endsWith(str(a[0]))));
    fns.add(GoFunction.variadic("quote", STRING, List.of(SLICE_INTERFACE), SprigStrings::quote));
    fns.add(GoFunction.variadic("squote", STRING, List.of(SLICE_INTERFACE), SprigStrings::squote));
    fns.add(GoFunction.variadic("cat", STRING, List.of(SLICE_INTERFACE), SprigStrings::cat));
    fns.add(
        GoFunction.of(
            "indent", STRING, List.of(INT, STRING), a -> indent(intArg(a[0]), str(a[1]), max)));
    fns.add(
        GoFunction.of(
            "nindent",
            STRING,
            List.of(INT, STRING),
            a -> "\n" + indent(intArg(a[0]), str(a[1]), max)));
    fns.add(
        GoFunction.of(
            "replace",
            STRING,
            List.of(STRING, STRING, STRING),
            a -> {
              String old = str(a[0]);
              String repl = str(a[1]);
              String src = str(a[2]);
              StrBytes.checkLength(StrGo.replacedLength(src, old, repl), max);
              return StrGo.replaceAll(src, old, repl);
            }));
    fns.add(
        GoFunction.of(
            "plural",
            STRING,
            List.of(STRING, STRING, INT),
            a -> intArg(a[2]) == 1 ? str(a[0]) : str(a[1])));
    fns.add(GoFunction.of("toString", STRING, List.of(INTERFACE), a -> StrGo.strval(a[0])));
    fns.add(
        GoFunction.of(
            "split",
            MAP_STRING_STRING,
            List.of(STRING, STRING),
            a -> partsMap(StrGo.splitN(str(a[1]), str(a[0]), -1))));
    fns.add(
        GoFunction.of(
            "splitList",
            SLICE_STRING,
            List.of(STRING, STRING),
            a -> GoSlice.ofStrings(StrGo.splitN(str(a[1]), str(a[0]), -1))));
    fns.add(
        GoFunction.of(
            "splitn",
            MAP_STRING_STRING,
            List.of(STRING, INT, STRING),
            a -> partsMap(StrGo.splitN(str(a[2]), str(a[0]), clampCount(intArg(a[1]))))));
    fns.add(
        GoFunction.of("toStrings", SLICE_STRING, List.of(INTERFACE), a -> StrGo.strslice(a[0])));
    fns.add(
        GoFunction.of("join", STRING, List.of(STRING, INTERFACE), a -> join(str(a[0]), a[1], max)));
    return fns;
  }

  static String str(Object o) {
    return (String) o;
  }

  /** A Go int argument (64-bit). */
  static long intArg(Object o) {
    return ((GoInt) o).value();
  }

  /** A count where any value beyond the int range behaves like the range's end. */
  static int clampCount(long n) {
    return n < 0 ? -1 : (int) Math.min(n, Integer.MAX_VALUE);
  }

  /** trunc: the first c bytes, or for negative c the last -c bytes. */
  static String trunc(long c, String s) throws FuncException {
    long len = StrBytes.byteLength(s);
    if (c < 0 && len + c > 0) {
      return StrBytes.slice(s, len + c, len);
    }
    if (c >= 0 && len > c) {
      return StrBytes.slice(s, 0, c);
    }
    return s;
  }

  /** sprig's substring over bytes, with Go's slice panics. */
  static String substring(long start, long end, String s) throws FuncException {
    long len = StrBytes.byteLength(s);
    if (start < 0) {
      return StrBytes.slice(s, 0, end);
    }
    if (end < 0 || end > len) {
      return StrBytes.slice(s, start, len);
    }
    return StrBytes.slice(s, start, end);
  }

  /** strings.Repeat with Go's panics and the engine's size limit. */
  static String repeat(String s, long count, int max) throws FuncException {
    if (count < 0) {
      throw new FuncException("strings: negative Repeat count");
    }
    if (s.isEmpty() || count == 0) {
      return "";
    }
    long length;
    try {
      length = Math.multiplyExact(StrBytes.byteLength(s), count);
    } catch (ArithmeticException e) {
      throw new FuncException("strings: Repeat output length overflow");
    }
    StrBytes.checkLength(length, max);
    return s.repeat((int) count);
  }

  static String indent(long spaces, String v, int max) throws FuncException {
    String pad = repeat(" ", spaces, max);
    long lines = StrGo.count(v, "\n") + 1L;
    StrBytes.checkLength(StrBytes.byteLength(v) + lines * pad.length(), max);
    return pad + v.replace("\n", "\n" + pad);
  }

  static Object quote(Object[] args) {
    StringBuilder sb = new StringBuilder();
    for (Object o : args) {
      if (o != null) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(GoStrconv.quote(StrGo.strval(o)));
      }
    }
    return sb.toString();
  }

  static Object squote(Object[] args) {
    StringBuilder sb = new StringBuilder();
    for (Object o : args) {
      if (o != null) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append('\'').append(GoFmt.formatValue(o)).append('\'');
      }
    }
    return sb.toString();
  }

  static Object cat(Object[] args) {
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (Object o : args) {
      if (o != null) {
        if (!first) {
          sb.append(' ');
        }
        first = false;
        sb.append(GoFmt.formatValue(o));
      }
    }
    // sprig trims the format, not the values: "%v %v" keeps the values' own spaces.
    return sb.toString();
  }

  static String join(String sep, Object v, int max) throws FuncException {
    List<Object> parts = StrGo.items(StrGo.strslice(v));
    long total = (long) Math.max(0, parts.size() - 1) * StrBytes.byteLength(sep);
    for (Object p : parts) {
      total += StrBytes.byteLength((String) p);
    }
    StrBytes.checkLength(total, max);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append((String) parts.get(i));
    }
    return sb.toString();
  }

  /** sprig's split result: a map[string]string with keys _0, _1, ... */
  static Object partsMap(List<String> parts) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (parts != null) {
      for (int i = 0; i < parts.size(); i++) {
        m.put("_" + i, parts.get(i));
      }
    }
    return new GoMap(MAP_STRING_STRING, m);
  }
}
