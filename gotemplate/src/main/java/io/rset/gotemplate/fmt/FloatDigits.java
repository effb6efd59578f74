package io.rset.gotemplate.fmt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a finite, non-negative double, as Go's strconv computes them: either the
 * shortest digits that read back as the same double (the closest such when several have that
 * length), or the exact value rounded half-to-even to a number of digits.
 *
 * <p>Invariants: {@code d[0..nd)} are ASCII digits without trailing zeros, the first non-zero; the
 * value is {@code 0.d[0]d[1]... * 10^dp}; zero has {@code nd == 0} and {@code dp == 0}.
 */
final class FloatDigits {
  final char[] d;
  final int nd;
  final int dp;

  private FloatDigits(char[] d, int nd, int dp) {
    this.d = d;
    this.nd = nd;
    this.dp = dp;
  }

  private static final FloatDigits ZERO = new FloatDigits(new char[0], 0, 0);

  /** 2^53: every double below it with no fraction is an exact long. */
  private static final double TWO_53 = 9007199254740992.0;

  /** The shortest round-tripping digits of v (finite, >= 0). */
  static FloatDigits shortest(double v) {
    if (v == 0) {
      return ZERO;
    }
    if (v < TWO_53 && v == Math.rint(v)) {
      // An integer below 2^53 has ulp <= 1: no shorter decimal lies within half an ulp.
      return ofDigits(Long.toString((long) v), 0);
    }
    // Java 17's Double.toString always reads back as v but may have more digits than needed.
    FloatDigits java = parseJavaString(Double.toString(v));
    if (java.nd <= 15 && v >= Double.MIN_NORMAL) {
      // Distinct decimals of at most 15 digits never round to the same normal double, so no
      // other decimal as short reads back as v: these digits are the shortest and the only ones.
      return java;
    }
    BigDecimal exact = new BigDecimal(v);
    int hint = Math.min(17, java.nd);
    int lo = 1;
    int hi = hint;
    BigDecimal best = roundTrip(exact, v, hi);
    if (best == null) {
      // Cannot happen for a correct Double.toString; fall back to 17 digits, which always work.
      hi = 17;
      best = roundTrip(exact, v, 17);
    }
    // Fewer digits work as long as some decimal of that length reads back as v (monotonic in p).
    if (hi > 1) {
      BigDecimal below = roundTrip(exact, v, hi - 1);
      if (below != null) {
        best = below;
        hi = hi - 1;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          BigDecimal r = roundTrip(exact, v, mid);
          if (r != null) {
            best = r;
            hi = mid;
          } else {
            lo = mid + 1;
          }
        }
      }
    }
    return of(best);
  }

  /**
   * The p-significant-digit decimal closest to v (ties to even) if it reads back as v, else the
   * p-digit neighbour above v if that does, else null.
   */
  private static BigDecimal roundTrip(BigDecimal exact, double v, int p) {
    if (exact.precision() <= p) {
      return exact;
    }
    BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
    if (r.doubleValue() == v) {
      return r;
    }
    // The interval of decimals reading back as v is symmetric around v except when v is a power
    // of two, whose lower half is narrower: then a farther decimal above v may still read back.
    long bits = Double.doubleToRawLongBits(v);
    if ((bits & ((1L << 52) - 1)) == 0 && (bits >>> 52) > 1) {
      BigDecimal up = exact.round(new MathContext(p, RoundingMode.UP));
      if (up.doubleValue() == v) {
        return up;
      }
    }
    return null;
  }

  /** The digits of a positive Double.toString result ({@code 123.45} or {@code 1.2345E-7}). */
  private static FloatDigits parseJavaString(String s) {
    int e = s.indexOf('E');
    int exp = e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10);
    int end = e < 0 ? s.length() : e;
    int dot = s.indexOf('.');
    char[] d = new char[end - 1];
    int nd = 0;
    int dp = dot + exp;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        continue;
      }
      if (nd == 0 && c == '0') {
        dp--; // leading zero
        continue;
      }
      d[nd++] = c;
    }
    while (nd > 0 && d[nd - 1] == '0') {
      nd--;
    }
    return new FloatDigits(d, nd, dp);
  }

  /**
   * The shortest digits of v when they have at most 15 digits and v is normal (then the exact value
   * lies within a tenth of a unit in the 15th digit of them), else null.
   */
  private static FloatDigits shortShortest(double v) {
    if (v < Double.MIN_NORMAL) {
      return null;
    }
    FloatDigits s =
        v < TWO_53 && v == Math.rint(v)
            ? ofDigits(Long.toString((long) v), 0)
            : parseJavaString(Double.toString(v));
    return s.nd <= 15 ? s : null;
  }

  /**
   * Short digits s of v rounded to n significant digits, equal to rounding v's exact value when n
   * <= 15 and the dropped digits are not exactly a half (the exact value is then on the same side
   * of every rounding boundary as s); null when that does not hold.
   */
  private static FloatDigits roundShort(FloatDigits s, int n) {
    if (n > 15) {
      return null;
    }
    if (n >= s.nd) {
      return s;
    }
    if (n < 0) {
      return ZERO;
    }
    if (s.d[n] == '5' && n + 1 == s.nd) {
      return null; // a tie in s; the exact value decides
    }
    if (s.d[n] < '5') {
      int nd = n;
      while (nd > 0 && s.d[nd - 1] == '0') {
        nd--;
      }
      return nd == 0 ? ZERO : new FloatDigits(s.d, nd, s.dp);
    }
    char[] d = new char[Math.max(n, 1)];
    System.arraycopy(s.d, 0, d, 0, n);
    int i = n - 1;
    while (i >= 0 && d[i] == '9') {
      i--;
    }
    if (i < 0) {
      d[0] = '1';
      return new FloatDigits(d, 1, s.dp + 1);
    }
    d[i]++;
    return new FloatDigits(d, i + 1, s.dp);
  }

  /** The exact value of v (finite, >= 0) rounded half-to-even to n significant digits. */
  static FloatDigits significant(double v, int n) {
    if (v == 0) {
      return ZERO;
    }
    FloatDigits s = shortShortest(v);
    if (s != null) {
      FloatDigits r = roundShort(s, n);
      if (r != null) {
        return r;
      }
    }
    BigDecimal exact = new BigDecimal(v);
    if (exact.precision() > n) {
      exact = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
    }
    return of(exact);
  }

  /** The exact value of v (finite, >= 0) rounded half-to-even to n digits after the point. */
  static FloatDigits fraction(double v, int n) {
    if (v == 0) {
      return ZERO;
    }
    FloatDigits s = shortShortest(v);
    if (s != null && s.dp + (long) n <= 15) {
      FloatDigits r = roundShort(s, s.dp + n);
      if (r != null) {
        return r;
      }
    }
    BigDecimal exact = new BigDecimal(v);
    if (exact.scale() > n) {
      exact = exact.setScale(n, RoundingMode.HALF_EVEN);
    }
    return of(exact);
  }

  private static FloatDigits of(BigDecimal b) {
    if (b.signum() == 0) {
      return ZERO;
    }
    return ofDigits(b.unscaledValue().toString(), -b.scale());
  }

  /** Digits of the integer {@code digits * 10^exp10}. */
  private static FloatDigits ofDigits(String digits, int exp10) {
    int nd = digits.length();
    while (nd > 0 && digits.charAt(nd - 1) == '0') {
      nd--;
    }
    char[] d = new char[nd];
    digits.getChars(0, nd, d, 0);
    return new FloatDigits(d, nd, digits.length() + exp10);
  }
}
