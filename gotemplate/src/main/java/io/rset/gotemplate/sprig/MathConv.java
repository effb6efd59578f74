package io.rset.gotemplate.sprig;

import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoType;

/**
 * slim-sprig's number conversions ({@code toInt64}, {@code toFloat64}) and the parts of Go's
 * strconv they rely on ({@code ParseInt}, {@code ParseFloat}, {@code Atoi}), plus Go's float to
 * integer conversion as amd64 performs it.
 */
final class MathConv {
  private MathConv() {}

  /** Outcome of a strconv integer parse: the value Go returns and whether an error came with it. */
  record ParsedInt(long value, boolean syntaxError, boolean rangeError) {
    boolean ok() {
      return !syntaxError && !rangeError;
    }
  }

  /**
   * slim-sprig's toInt64: strings by base-10 ParseInt (0 on any error), integers as they are
   * (unsigned above MaxInt64 clamp), floats truncated, booleans 1/0, anything else 0.
   */
  static long toInt64(Object v) {
    if (v instanceof String s) {
      ParsedInt p = parseInt(s, 10);
      return p.ok() ? p.value() : 0;
    }
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof GoInt i) {
      GoType.Kind k = i.goType().kind();
      if ((k == GoType.Kind.UINT || k == GoType.Kind.UINT64) && i.value() < 0) {
        return Long.MAX_VALUE;
      }
      return i.value();
    }
    if (v instanceof Double d) {
      return floatToInt64(d);
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    return 0;
  }

  /**
   * slim-sprig's toFloat64: strings by ParseFloat (0 on any error), integers converted, floats as
   * they are, booleans 1/0, anything else 0.
   */
  static double toFloat64(Object v) {
    if (v instanceof String s) {
      Double d = parseFloat(s);
      return d == null ? 0 : d;
    }
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof GoInt i) {
      return i.goType().kind().isUnsignedInt() ? unsignedToDouble(i.value()) : i.value();
    }
    if (v instanceof Double d) {
      return d;
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    return 0;
  }

  /**
   * Go's {@code int64(f)} on amd64: truncation toward zero; NaN and values out of range give
   * MinInt64 (the CVTTSD2SQ "integer indefinite" value).
   */
  static long floatToInt64(double d) {
    if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
      return Long.MIN_VALUE;
    }
    return (long) d;
  }

  /** float64(u) for a uint64 held in a long, rounded to nearest-even as Go does. */
  static double unsignedToDouble(long u) {
    if (u >= 0) {
      return u;
    }
    // Halve keeping the sticky bit, convert (one rounding), double back (exact).
    return ((u >>> 1) | (u & 1)) * 2.0;
  }

  /**
   * Go's {@code strconv.ParseInt(s, base, 64)} for 2 <= base <= 36: on a range error the value is
   * the clamped bound, on a syntax error 0.
   */
  static ParsedInt parseInt(String s, int base) {
    if (s.isEmpty()) {
      return new ParsedInt(0, true, false);
    }
    boolean neg = false;
    String digits = s;
    if (s.charAt(0) == '+') {
      digits = s.substring(1);
    } else if (s.charAt(0) == '-') {
      neg = true;
      digits = s.substring(1);
    }
    ParsedInt u = parseUint(digits, base);
    if (u.syntaxError()) {
      return u;
    }
    long un = u.value();
    // cutoff = 1<<63; compare unsigned.
    if (!neg && Long.compareUnsigned(un, Long.MIN_VALUE) >= 0) {
      return new ParsedInt(Long.MAX_VALUE, false, true);
    }
    if (neg && Long.compareUnsigned(un, Long.MIN_VALUE) > 0) {
      return new ParsedInt(Long.MIN_VALUE, false, true);
    }
    return new ParsedInt(neg ? -un : un, false, u.rangeError());
  }

  /** Go's {@code strconv.ParseUint(s, base, 64)} for an explicit base (no underscores). */
  private static ParsedInt parseUint(String s, int base) {
    if (s.isEmpty()) {
      return new ParsedInt(0, true, false);
    }
    long cutoff = Long.divideUnsigned(-1L, base) + 1;
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if (lower(c) >= 'a' && lower(c) <= 'z') {
        d = lower(c) - 'a' + 10;
      } else {
        return new ParsedInt(0, true, false);
      }
      if (d >= base) {
        return new ParsedInt(0, true, false);
      }
      if (Long.compareUnsigned(n, cutoff) >= 0) {
        return new ParsedInt(-1L, false, true);
      }
      n *= base;
      long n1 = n + d;
      if (Long.compareUnsigned(n1, n) < 0) {
        return new ParsedInt(-1L, false, true);
      }
      n = n1;
    }
    return new ParsedInt(n, false, false);
  }

  /**
   * Go's {@code strconv.Atoi}: like ParseInt(s, 10, 0); the value is kept on a range error (the
   * clamped bound) and 0 on a syntax error.
   */
  static long atoi(String s) {
    return parseInt(s, 10).value();
  }

  /**
   * Go's {@code strconv.ParseFloat(s, 64)}; null when Go returns an error (bad syntax, or a finite
   * literal out of float64 range).
   */
  static Double parseFloat(String s) {
    Double special = special(s);
    if (special != null) {
      return special;
    }
    if (!isGoFloatSyntax(s)) {
      return null;
    }
    String clean = s.indexOf('_') >= 0 ? s.replace("_", "") : s;
    double d;
    try {
      d = Double.parseDouble(clean);
    } catch (NumberFormatException e) {
      return null; // only for absurd exponents, which Go reports as out of range or rounds to 0
    }
    return Double.isInfinite(d) ? null : d;
  }

  /** Go's {@code special}: inf, infinity (signed) and nan, case-insensitive, the whole string. */
  private static Double special(String s) {
    if (s.isEmpty()) {
      return null;
    }
    char c = s.charAt(0);
    if (c == '+' || c == '-' || c == 'i' || c == 'I') {
      String rest = c == '+' || c == '-' ? s.substring(1) : s;
      if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
        return c == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      return null;
    }
    if ((c == 'n' || c == 'N') && s.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    return null;
  }

  /** Whether Go's readFloat accepts all of s (decimal or hexadecimal, with Go's underscores). */
  private static boolean isGoFloatSyntax(String s) {
    int i = 0;
    int n = s.length();
    if (n == 0) {
      return false;
    }
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      i++;
    }
    boolean hex = false;
    if (i + 2 < n && s.charAt(i) == '0' && lower(s.charAt(i + 1)) == 'x') {
      hex = true;
      i += 2;
    }
    boolean underscores = false;
    boolean sawDot = false;
    boolean sawDigits = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '_') {
        underscores = true;
      } else if (c == '.') {
        if (sawDot) {
          break;
        }
        sawDot = true;
      } else if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
        sawDigits = true;
      } else {
        break;
      }
    }
    if (!sawDigits) {
      return false;
    }
    if (i < n && lower(s.charAt(i)) == (hex ? 'p' : 'e')) {
      i++;
      if (i >= n) {
        return false;
      }
      if (s.charAt(i) == '+' || s.charAt(i) == '-') {
        i++;
      }
      if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
      for (; i < n && ((s.charAt(i) >= '0' && s.charAt(i) <= '9') || s.charAt(i) == '_'); i++) {
        if (s.charAt(i) == '_') {
          underscores = true;
        }
      }
    } else if (hex) {
      return false; // a hexadecimal mantissa needs a 'p' exponent
    }
    if (i != n) {
      return false;
    }
    return !underscores || underscoreOk(s);
  }

  /** Go's underscoreOK: underscores only between digits (a base prefix counts as a digit). */
  private static boolean underscoreOk(String s) {
    char saw = '^';
    int i = 0;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      s = s.substring(1);
    }
    boolean hex = false;
    if (s.length() >= 2
        && s.charAt(0) == '0'
        && (lower(s.charAt(1)) == 'b' || lower(s.charAt(1)) == 'o' || lower(s.charAt(1)) == 'x')) {
      i = 2;
      saw = '0';
      hex = lower(s.charAt(1)) == 'x';
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
        saw = '0';
        continue;
      }
      if (c == '_') {
        if (saw != '0') {
          return false;
        }
        saw = '_';
        continue;
      }
      if (saw == '_') {
        return false;
      }
      saw = '!';
    }
    return saw != '_';
  }

  private static char lower(char c) {
    return (char) (c | ('x' - 'X'));
  }
}
