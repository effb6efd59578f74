package io.rset.core.yaml;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Go's float32 key formatting as sigs.k8s.io/yaml applies it (the rest is GoStrconv). */
final class GoParse {
  private GoParse() {}

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
