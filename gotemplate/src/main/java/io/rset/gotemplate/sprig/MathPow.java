package io.rset.gotemplate.sprig;

/**
 * Go's {@code math.Pow} (the portable Go 1.23 algorithm used on amd64), so that {@code round}
 * scales by exactly the same powers of ten as Go. Go's {@code Frexp} and {@code Ldexp} are ported
 * along with it.
 */
final class MathPow {
  private MathPow() {}

  private static final double SMALLEST_NORMAL = 0x1p-1022;

  static double pow(double x, double y) {
    if (y == 0 || x == 1) {
      return 1;
    }
    if (y == 1) {
      return x;
    }
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return Double.NaN;
    }
    if (x == 0) {
      if (y < 0) {
        return signbit(x) && isOddInt(y) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      if (y > 0) {
        return signbit(x) && isOddInt(y) ? x : 0;
      }
    }
    if (Double.isInfinite(y)) {
      if (x == -1) {
        return 1;
      }
      return (Math.abs(x) < 1) == (y > 0) ? 0 : Double.POSITIVE_INFINITY;
    }
    if (Double.isInfinite(x)) {
      if (x < 0) {
        return pow(1 / x, -y);
      }
      if (y < 0) {
        return 0;
      }
      if (y > 0) {
        return Double.POSITIVE_INFINITY;
      }
    }
    if (y == 0.5) {
      return Math.sqrt(x);
    }
    if (y == -0.5) {
      return 1 / Math.sqrt(x);
    }

    double ay = Math.abs(y);
    double yi = ay < 1 ? 0 : (ay >= 0x1p52 ? ay : (double) (long) ay);
    double yf = ay - yi;
    if (yf != 0 && x < 0) {
      return Double.NaN;
    }
    if (yi >= 0x1p63) {
      if (x == -1) {
        return 1;
      }
      return (Math.abs(x) < 1) == (y > 0) ? 0 : Double.POSITIVE_INFINITY;
    }

    double a1 = 1.0;
    int ae = 0;
    if (yf != 0) {
      if (yf > 0.5) {
        yf--;
        yi++;
      }
      a1 = Math.exp(yf * Math.log(x)); // not reached by round: its exponent is integral
    }

    double[] fr = frexp(x);
    double x1 = fr[0];
    int xe = (int) fr[1];
    for (long i = (long) yi; i != 0; i >>= 1) {
      if (xe < -(1 << 12) || (1 << 12) < xe) {
        ae += xe;
        break;
      }
      if ((i & 1) == 1) {
        a1 *= x1;
        ae += xe;
      }
      x1 *= x1;
      xe <<= 1;
      if (x1 < .5) {
        x1 += x1;
        xe--;
      }
    }
    if (y < 0) {
      a1 = 1 / a1;
      ae = -ae;
    }
    return ldexp(a1, ae);
  }

  private static boolean signbit(double x) {
    return (Double.doubleToRawLongBits(x) & Long.MIN_VALUE) != 0;
  }

  /** Go's isOddInt; int64 of a value beyond 2^63 is MinInt64 on amd64, which is even. */
  private static boolean isOddInt(double x) {
    return Math.rint(x) == x && Math.abs(x) < 0x1p63 && (((long) x) & 1) == 1;
  }

  /** Go's Frexp: {frac, exp} with frac in [0.5, 1). */
  private static double[] frexp(double f) {
    if (f == 0 || Double.isInfinite(f) || Double.isNaN(f)) {
      return new double[] {f, 0};
    }
    int exp = 0;
    if (Math.abs(f) < SMALLEST_NORMAL) {
      f *= 0x1p52;
      exp = -52;
    }
    long x = Double.doubleToRawLongBits(f);
    exp += (int) ((x >>> 52) & 0x7ff) - 1023 + 1;
    x &= ~(0x7ffL << 52);
    x |= (long) (-1 + 1023) << 52;
    return new double[] {Double.longBitsToDouble(x), exp};
  }

  /** Go's Ldexp: frac × 2^exp. */
  private static double ldexp(double frac, int exp) {
    if (frac == 0 || Double.isInfinite(frac) || Double.isNaN(frac)) {
      return frac;
    }
    if (Math.abs(frac) < SMALLEST_NORMAL) {
      frac *= 0x1p52;
      exp -= 52;
    }
    long x = Double.doubleToRawLongBits(frac);
    exp += (int) ((x >>> 52) & 0x7ff) - 1023;
    if (exp < -1075) {
      return Math.copySign(0, frac);
    }
    if (exp > 1023) {
      return frac < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    double m = 1;
    if (exp < -1022) {
      exp += 53;
      m = 0x1p-53;
    }
    x &= ~(0x7ffL << 52);
    x |= (long) (exp + 1023) << 52;
    return m * Double.longBitsToDouble(x);
  }
}
