package io.rset.core.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** The pieces of Go's strconv that YAML decoding depends on. */
final class GoParse {
  private GoParse() {}

  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger UINT64_MAX =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  /** strconv.ParseInt(s, 0, 64) for a string without underscores; null on any error. */
  static Long parseInt(String s) {
    if (s.isEmpty()) {
      return null;
    }
    boolean neg = false;
    String t = s;
    if (t.charAt(0) == '+' || t.charAt(0) == '-') {
      neg = t.charAt(0) == '-';
      t = t.substring(1);
    }
    BigInteger u = parseUnsigned(t);
    if (u == null) {
      return null;
    }
    if (neg) {
      u = u.negate();
    }
    if (u.compareTo(INT64_MIN) < 0 || u.compareTo(INT64_MAX) > 0) {
      return null;
    }
    return u.longValue();
  }

  /** strconv.ParseUint(s, 0, 64) (no sign allowed); the bit pattern, or null on any error. */
  static Long parseUint(String s) {
    BigInteger u = parseUnsigned(s);
    if (u == null || u.compareTo(UINT64_MAX) > 0) {
      return null;
    }
    return u.longValue();
  }

  private static BigInteger parseUnsigned(String s) {
    if (s.isEmpty()) {
      return null;
    }
    int radix = 10;
    String digits = s;
    if (s.charAt(0) == '0' && s.length() > 1) {
      char c = Character.toLowerCase(s.charAt(1));
      if (c == 'x') {
        radix = 16;
        digits = s.substring(2);
      } else if (c == 'b') {
        radix = 2;
        digits = s.substring(2);
      } else if (c == 'o') {
        radix = 8;
        digits = s.substring(2);
      } else {
        radix = 8;
        digits = s.substring(1);
      }
    }
    if (digits.isEmpty() || digits.length() > 70) {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 'z') {
        return null;
      }
    }
    return new BigInteger(digits, radix);
  }

  /** Go's underscoreOK: underscores only between digits (or after a base prefix). */
  static boolean underscoreOk(String s) {
    char saw = '^';
    int i = 0;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      s = s.substring(1);
    }
    boolean hex = false;
    if (s.length() >= 2 && s.charAt(0) == '0') {
      char c = Character.toLowerCase(s.charAt(1));
      if (c == 'b' || c == 'o' || c == 'x') {
        i = 2;
        saw = '0';
        hex = c == 'x';
      }
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      char lc = Character.toLowerCase(c);
      if ((c >= '0' && c <= '9') || (hex && lc >= 'a' && lc <= 'f')) {
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

  /**
   * strconv.FormatFloat(f, 'g', -1, 32) with go-yaml's spellings of the special values ({@code
   * .inf}, {@code -.inf}, {@code .nan}): how sigs.k8s.io/yaml turns a float map key into a string.
   */
  static String formatFloat32Key(double d) {
    if (Double.isNaN(d)) {
      return ".nan";
    }
    float f = (float) d;
    if (Float.isInfinite(f)) {
      return f > 0 ? ".inf" : "-.inf";
    }
    if (f == 0) {
      return (Float.floatToRawIntBits(f) < 0) ? "-0" : "0";
    }
    BigDecimal exact = new BigDecimal(f);
    BigDecimal shortest = exact;
    for (int p = 1; p <= 9; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.floatValue() == f) {
        shortest = r;
        break;
      }
    }
    boolean neg = shortest.signum() < 0;
    BigDecimal abs = shortest.abs().stripTrailingZeros();
    String digits = abs.unscaledValue().toString();
    int exp = digits.length() - 1 - abs.scale(); // decimal exponent of the first digit
    StringBuilder b = new StringBuilder();
    if (neg) {
      b.append('-');
    }
    if (exp < -4 || exp >= 6) {
      b.append(digits.charAt(0));
      if (digits.length() > 1) {
        b.append('.').append(digits, 1, digits.length());
      }
      b.append('e').append(exp < 0 ? '-' : '+');
      int ae = Math.abs(exp);
      if (ae < 10) {
        b.append('0');
      }
      b.append(ae);
    } else {
      b.append(abs.toPlainString());
    }
    return b.toString();
  }
}
