package io.rset.gotemplate.sprig;

import io.rset.gotemplate.func.FuncException;

/** Go's time.Duration (int64 nanoseconds): ParseDuration, String and Round. */
final class DateDuration {
  private DateDuration() {}

  static final long NANOSECOND = 1;
  static final long MICROSECOND = 1000 * NANOSECOND;
  static final long MILLISECOND = 1000 * MICROSECOND;
  static final long SECOND = 1000 * MILLISECOND;
  static final long MINUTE = 60 * SECOND;
  static final long HOUR = 60 * MINUTE;

  /** 1<<63 as an unsigned long. */
  private static final long TWO_63 = Long.MIN_VALUE;

  /** Go's time.ParseDuration with its error texts. */
  static long parse(String orig) throws FuncException {
    String s = orig;
    long d = 0; // unsigned
    boolean neg = false;
    FuncException invalid = new FuncException("time: invalid duration " + quote(orig));
    if (!s.isEmpty()) {
      char c = s.charAt(0);
      if (c == '-' || c == '+') {
        neg = c == '-';
        s = s.substring(1);
      }
    }
    // Special case: if all that is left is "0", this is zero.
    if (s.equals("0")) {
      return 0;
    }
    if (s.isEmpty()) {
      throw invalid;
    }
    while (!s.isEmpty()) {
      long v; // unsigned
      long f = 0; // unsigned
      double scale = 1;
      char c0 = s.charAt(0);
      if (!(c0 == '.' || ('0' <= c0 && c0 <= '9'))) {
        throw invalid;
      }
      // Consume [0-9]*
      int i = 0;
      v = 0;
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        if (Long.compareUnsigned(v, Long.divideUnsigned(TWO_63, 10)) > 0) {
          throw invalid; // overflow
        }
        v = v * 10 + (c - '0');
        if (Long.compareUnsigned(v, TWO_63) > 0) {
          throw invalid; // overflow
        }
      }
      boolean pre = i != 0;
      s = s.substring(i);
      // Consume (\.[0-9]*)?
      boolean post = false;
      if (!s.isEmpty() && s.charAt(0) == '.') {
        s = s.substring(1);
        int j = 0;
        boolean overflow = false;
        for (; j < s.length(); j++) {
          char c = s.charAt(j);
          if (c < '0' || c > '9') {
            break;
          }
          if (overflow) {
            continue;
          }
          if (Long.compareUnsigned(f, Long.MAX_VALUE / 10) > 0) {
            overflow = true;
            continue;
          }
          long y = f * 10 + (c - '0');
          if (Long.compareUnsigned(y, TWO_63) > 0) {
            overflow = true;
            continue;
          }
          f = y;
          scale *= 10;
        }
        post = j != 0;
        s = s.substring(j);
      }
      if (!pre && !post) {
        throw invalid; // no digits (e.g. ".s" or "-.s")
      }
      // Consume unit.
      int u = 0;
      for (; u < s.length(); u++) {
        char c = s.charAt(u);
        if (c == '.' || ('0' <= c && c <= '9')) {
          break;
        }
      }
      if (u == 0) {
        throw new FuncException("time: missing unit in duration " + quote(orig));
      }
      String unitName = s.substring(0, u);
      s = s.substring(u);
      long unit =
          switch (unitName) {
            case "ns" -> NANOSECOND;
            case "us", "\u00b5s", "\u03bcs" -> MICROSECOND;
            case "ms" -> MILLISECOND;
            case "s" -> SECOND;
            case "m" -> MINUTE;
            case "h" -> HOUR;
            default -> 0;
          };
      if (unit == 0) {
        throw new FuncException(
            "time: unknown unit " + quote(unitName) + " in duration " + quote(orig));
      }
      if (Long.compareUnsigned(v, Long.divideUnsigned(TWO_63, unit)) > 0) {
        throw invalid; // overflow
      }
      v *= unit;
      if (Long.compareUnsigned(f, 0) > 0) {
        // float64 is needed to be nanosecond accurate for fractions of hours.
        v += toUnsigned((double) f * ((double) unit / scale));
        if (Long.compareUnsigned(v, TWO_63) > 0) {
          throw invalid; // overflow
        }
      }
      d += v;
      if (Long.compareUnsigned(d, TWO_63) > 0) {
        throw invalid;
      }
    }
    if (neg) {
      return -d;
    }
    if (Long.compareUnsigned(d, Long.MAX_VALUE) > 0) {
      throw invalid;
    }
    return d;
  }

  /** Go's uint64(f) for a non-negative double below 2^64. */
  private static long toUnsigned(double f) {
    if (f < 0x1p63) {
      return (long) f;
    }
    return (long) (f - 0x1p63) + Long.MIN_VALUE;
  }

  /** Go's Duration.String: 72h3m0.5s, 1.5ms, 0s. */
  static String format(long d) {
    long u = d; // unsigned magnitude
    boolean neg = d < 0;
    if (neg) {
      u = -u;
    }
    StringBuilder b = new StringBuilder(); // built in reverse
    if (Long.compareUnsigned(u, SECOND) < 0) {
      // Smaller than a second: smaller units, like 1.2ms.
      int prec;
      b.append('s');
      if (u == 0) {
        return "0s";
      } else if (u < MICROSECOND) {
        prec = 0;
        b.append('n');
      } else if (u < MILLISECOND) {
        prec = 3;
        b.append('\u00b5');
      } else {
        prec = 6;
        b.append('m');
      }
      u = fmtFrac(b, u, prec);
      fmtInt(b, u);
    } else {
      b.append('s');
      u = fmtFrac(b, u, 9);
      // u is now integer seconds
      fmtInt(b, Long.remainderUnsigned(u, 60));
      u = Long.divideUnsigned(u, 60);
      // u is now integer minutes
      if (u > 0) {
        b.append('m');
        fmtInt(b, u % 60);
        u /= 60;
        // u is now integer hours; stop at hours because days can be different lengths.
        if (u > 0) {
          b.append('h');
          fmtInt(b, u);
        }
      }
    }
    if (neg) {
      b.append('-');
    }
    return b.reverse().toString();
  }

  /** Appends (reversed) the fraction v/10^prec without trailing zeros; returns v/10^prec. */
  private static long fmtFrac(StringBuilder b, long v, int prec) {
    boolean print = false;
    for (int i = 0; i < prec; i++) {
      long digit = Long.remainderUnsigned(v, 10);
      print = print || digit != 0;
      if (print) {
        b.append((char) ('0' + digit));
      }
      v = Long.divideUnsigned(v, 10);
    }
    if (print) {
      b.append('.');
    }
    return v;
  }

  /** Appends (reversed) the unsigned decimal v. */
  private static void fmtInt(StringBuilder b, long v) {
    if (v == 0) {
      b.append('0');
      return;
    }
    while (v != 0) {
      b.append((char) ('0' + Long.remainderUnsigned(v, 10)));
      v = Long.divideUnsigned(v, 10);
    }
  }

  /** Go's Duration.Round(m). */
  static long round(long d, long m) {
    if (m <= 0) {
      return d;
    }
    long r = d % m;
    if (d < 0) {
      r = -r;
      if (lessThanHalf(r, m)) {
        return d + r;
      }
      long d1 = d - m + r;
      return d1 < d ? d1 : Long.MIN_VALUE;
    }
    if (lessThanHalf(r, m)) {
      return d - r;
    }
    long d1 = d + m - r;
    return d1 > d ? d1 : Long.MAX_VALUE;
  }

  private static boolean lessThanHalf(long x, long y) {
    return Long.compareUnsigned(x + x, y) < 0;
  }

  /** The time package's quote: non-ASCII bytes and control characters as \xNN. */
  static String quote(String s) {
    return DateLayout.quote(DateLayout.bytes(s));
  }
}
