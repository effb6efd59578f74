package io.rset.gotemplate.sprig;

import io.rset.gotemplate.fmt.GoStrconv;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoType;

/**
 * slim-sprig's number conversions ({@code toInt64}, {@code toFloat64}) over Go's strconv ({@link
 * GoStrconv}), plus Go's float to integer conversion as amd64 performs it.
 */
final class MathConv {
  private MathConv() {}

  /**
   * slim-sprig's toInt64: strings by base-10 ParseInt (0 on any error), integers as they are
   * (unsigned above MaxInt64 clamp), floats truncated, booleans 1/0, anything else 0.
   */
  static long toInt64(Object v) {
    if (v instanceof String s) {
      GoStrconv.ParsedInt p = GoStrconv.parseInt(s, 10);
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
   * Go's {@code strconv.Atoi}: like ParseInt(s, 10, 0); the value is kept on a range error (the
   * clamped bound) and 0 on a syntax error.
   */
  static long atoi(String s) {
    return GoStrconv.atoi(s).value();
  }

  /**
   * Go's {@code strconv.ParseFloat(s, 64)}; null when Go returns an error (bad syntax, or a finite
   * literal out of float64 range).
   */
  static Double parseFloat(String s) {
    GoStrconv.ParsedFloat f = GoStrconv.parseFloat(s);
    return f.ok() ? f.value() : null;
  }
}
