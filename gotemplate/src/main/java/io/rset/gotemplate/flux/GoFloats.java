package io.rset.gotemplate.flux;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The float64 texts the JSON-then-YAML round trip of sigs.k8s.io/yaml produces: Go's shortest
 * decimal digits ({@code strconv.FormatFloat(f, 'g', -1, 64)}) and the YAML number a float64
 * becomes after encoding/json wrote it and go-yaml v2 read it back.
 */
final class GoFloats {
  private static final double TWO_POW_53 = 9007199254740992.0;
  private static final BigDecimal INT64_MIN = new BigDecimal(Long.MIN_VALUE);
  private static final BigDecimal UINT64_MAX = new BigDecimal("18446744073709551615");

  private GoFloats() {}

  /**
   * Shortest round-tripping decimal digits of a finite, non-zero |f|: digits and point position.
   */
  record Digits(String digits, int pointPos) {}

  /**
   * The shortest digit string d1..dn with f = 0.d1..dn * 10^pointPos that parses back to f; among
   * strings of that length the closest to f (what Go's shortest formatting picks).
   */
  static Digits shortest(double f) {
    BigDecimal exact = new BigDecimal(Math.abs(f));
    for (int p = 1; p <= 17; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == Math.abs(f)) {
        return digitsOf(r);
      }
    }
    return digitsOf(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
  }

  private static Digits digitsOf(BigDecimal r) {
    BigDecimal s = r.stripTrailingZeros();
    String u = s.unscaledValue().toString();
    // value = u * 10^-scale = 0.u * 10^(len(u) - scale)
    return new Digits(u, u.length() - s.scale());
  }

  /** Go's {@code strconv.FormatFloat(f, 'g', -1, 64)} for a finite f. */
  static String formatG(double f) {
    if (f == 0) {
      return (1 / f < 0) ? "-0" : "0";
    }
    Digits d = shortest(f);
    StringBuilder b = new StringBuilder(24);
    if (f < 0) {
      b.append('-');
    }
    String ds = d.digits();
    int exp = d.pointPos() - 1;
    if (exp < -4 || exp >= 6) {
      b.append(ds.charAt(0));
      if (ds.length() > 1) {
        b.append('.').append(ds, 1, ds.length());
      }
      b.append('e').append(exp < 0 ? '-' : '+');
      int ax = Math.abs(exp);
      if (ax < 10) {
        b.append('0');
      }
      b.append(ax);
    } else if (d.pointPos() <= 0) {
      b.append("0.");
      b.append("0".repeat(-d.pointPos()));
      b.append(ds);
    } else if (d.pointPos() >= ds.length()) {
      b.append(ds);
      b.append("0".repeat(d.pointPos() - ds.length()));
    } else {
      b.append(ds, 0, d.pointPos()).append('.').append(ds, d.pointPos(), ds.length());
    }
    return b.toString();
  }

  /**
   * The YAML scalar text of a finite float64 after {@code json.Marshal} and go-yaml v2's decoding:
   * an integral value below 1e21 that JSON writes without point or exponent comes back as an int
   * (or uint64) and prints as those digits; anything else comes back as a float64 and prints with
   * {@code 'g'}.
   */
  static String yamlNumber(double f) {
    if (f == Math.rint(f) && Math.abs(f) < 1e21) {
      if (Math.abs(f) < TWO_POW_53) {
        return Long.toString((long) f); // also turns -0 into 0, as ParseInt("-0") does
      }
      Digits d = shortest(f);
      // JSON wrote the digits padded with zeros ('f' format, -1 precision).
      String text =
          (f < 0 ? "-" : "") + d.digits() + "0".repeat(d.pointPos() - d.digits().length());
      BigDecimal v = new BigDecimal(text);
      if (v.compareTo(INT64_MIN) >= 0 && v.compareTo(UINT64_MAX) <= 0) {
        return text;
      }
    }
    return formatG(f);
  }
}
