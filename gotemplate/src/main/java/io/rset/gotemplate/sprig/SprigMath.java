package io.rset.gotemplate.sprig;

import static io.rset.gotemplate.sprig.MathConv.toFloat64;
import static io.rset.gotemplate.sprig.MathConv.toInt64;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.fmt.GoStrconv;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoType;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * slim-sprig's arithmetic and number conversion functions. The integer ones convert every operand
 * with slim-sprig's toInt64 (strings by base-10 ParseInt, floats truncated, others 0) and wrap
 * around on overflow as Go's int64 does.
 */
final class SprigMath {
  private SprigMath() {}

  private static final GoType I = GoType.INTERFACE;
  private static final GoType INTS = GoType.sliceOf(GoType.INT);
  private static final GoType FLOATS = GoType.sliceOf(GoType.FLOAT64);
  static final String DIVIDE_BY_ZERO = "runtime error: integer divide by zero";

  static List<GoFunction> functions(Limits limits) {
    GoFunction max =
        GoFunction.variadic(
            "max", GoType.INT64, List.of(I, GoType.SLICE_INTERFACE), a -> extreme(a, true));
    return List.of(
        GoFunction.of("add1", GoType.INT64, List.of(I), a -> toInt64(a[0]) + 1),
        GoFunction.variadic("add", GoType.INT64, List.of(GoType.SLICE_INTERFACE), SprigMath::add),
        GoFunction.of("sub", GoType.INT64, List.of(I, I), a -> toInt64(a[0]) - toInt64(a[1])),
        GoFunction.variadic(
            "mul", GoType.INT64, List.of(I, GoType.SLICE_INTERFACE), SprigMath::mul),
        GoFunction.of("div", GoType.INT64, List.of(I, I), a -> divide(a, false)),
        GoFunction.of("mod", GoType.INT64, List.of(I, I), a -> divide(a, true)),
        max,
        GoFunction.variadic("biggest", GoType.INT64, max.params(), max.body()),
        GoFunction.variadic(
            "min", GoType.INT64, List.of(I, GoType.SLICE_INTERFACE), a -> extreme(a, false)),
        GoFunction.variadic(
            "maxf", GoType.FLOAT64, List.of(I, GoType.SLICE_INTERFACE), a -> extremeFloat(a, true)),
        GoFunction.variadic(
            "minf",
            GoType.FLOAT64,
            List.of(I, GoType.SLICE_INTERFACE),
            a -> extremeFloat(a, false)),
        GoFunction.of("ceil", GoType.FLOAT64, List.of(I), a -> Math.ceil(toFloat64(a[0]))),
        GoFunction.of("floor", GoType.FLOAT64, List.of(I), a -> Math.floor(toFloat64(a[0]))),
        GoFunction.variadic(
            "round", GoType.FLOAT64, List.of(I, GoType.INT, FLOATS), SprigMath::round),
        GoFunction.of("int", GoType.INT, List.of(I), a -> GoInt.of(toInt64(a[0]))),
        GoFunction.of("int64", GoType.INT64, List.of(I), a -> toInt64(a[0])),
        GoFunction.of("float64", GoType.FLOAT64, List.of(I), a -> toFloat64(a[0])),
        GoFunction.of(
            "atoi",
            GoType.INT,
            List.of(GoType.STRING),
            a -> GoInt.of(MathConv.atoi((String) a[0]))),
        GoFunction.of("toDecimal", GoType.INT64, List.of(I), a -> toDecimal(a[0])),
        GoFunction.variadic(
            "seq", GoType.STRING, List.of(INTS), a -> MathRange.seq(ints(a), limits)),
        GoFunction.of("until", GoType.SLICE_INT, List.of(GoType.INT), a -> until(a, limits)),
        GoFunction.of(
            "untilStep",
            GoType.SLICE_INT,
            List.of(GoType.INT, GoType.INT, GoType.INT),
            a -> MathRange.untilStep(intArg(a[0]), intArg(a[1]), intArg(a[2]), limits)),
        GoFunction.of("randInt", GoType.INT, List.of(GoType.INT, GoType.INT), SprigMath::randInt));
  }

  private static Object add(Object[] a) {
    long sum = 0;
    for (Object o : a) {
      sum += toInt64(o);
    }
    return sum;
  }

  private static Object mul(Object[] a) {
    long product = toInt64(a[0]);
    for (int i = 1; i < a.length; i++) {
      product *= toInt64(a[i]);
    }
    return product;
  }

  /** div and mod: Go panics on a zero divisor; MinInt64 / -1 wraps (Java agrees). */
  private static Object divide(Object[] a, boolean remainder) throws FuncException {
    long x = toInt64(a[0]);
    long y = toInt64(a[1]);
    if (y == 0) {
      throw new FuncException(DIVIDE_BY_ZERO);
    }
    return remainder ? x % y : x / y;
  }

  private static Object extreme(Object[] a, boolean max) {
    long best = toInt64(a[0]);
    for (int i = 1; i < a.length; i++) {
      long v = toInt64(a[i]);
      if (max ? v > best : v < best) {
        best = v;
      }
    }
    return best;
  }

  /** maxf and minf fold with math.Max / math.Min, whose NaN and ±0 rules Java's Math shares. */
  private static Object extremeFloat(Object[] a, boolean max) {
    double best = toFloat64(a[0]);
    for (int i = 1; i < a.length; i++) {
      double v = toFloat64(a[i]);
      best = max ? Math.max(best, v) : Math.min(best, v);
    }
    return best;
  }

  /** sprig's round: scale by 10^places, round up when the fraction reaches roundOn, scale back. */
  private static Object round(Object[] a) {
    double roundOn = a.length > 2 ? (Double) a[2] : .5;
    double val = toFloat64(a[0]);
    double places = intArg(a[1]);
    double pow = MathPow.pow(10, places);
    double digit = pow * val;
    double frac = modfFraction(digit);
    double rounded = frac >= roundOn ? Math.ceil(digit) : Math.floor(digit);
    return rounded / pow;
  }

  /** The fractional part as Go's math.Modf returns it (sign of f; NaN for infinities). */
  private static double modfFraction(double f) {
    double whole = f < 0 ? Math.ceil(f) : Math.floor(f);
    return f - whole;
  }

  /** sprig's toDecimal: the value's fmt.Sprint form parsed as a base-8 integer, 0 on error. */
  private static Object toDecimal(Object v) {
    String s;
    if (v instanceof String str) {
      s = str;
    } else if (v instanceof Long || v instanceof GoInt) {
      s = v.toString();
    } else if (v instanceof Double d) {
      // %v prints an integral float64 in plain digits only below 1e6 (shortest %g); any other
      // form (exponent, fraction, Inf, NaN) is not an octal number.
      if (d != Math.rint(d) || Math.abs(d) >= 1e6) {
        return 0L;
      }
      s = Long.toString(d.longValue());
    } else {
      return 0L; // bool, nil, lists, maps, ...: their %v forms are never octal digits
    }
    GoStrconv.ParsedInt p = GoStrconv.parseInt(s, 8);
    return p.ok() ? p.value() : 0L;
  }

  private static Object until(Object[] a, Limits limits) throws FuncException {
    long count = intArg(a[0]);
    long step = count < 0 ? -1 : 1;
    return MathRange.untilStep(0, count, step, limits);
  }

  /** rand.Intn(max-min) + min; Intn panics unless its argument is positive. */
  private static Object randInt(Object[] a) throws FuncException {
    long min = intArg(a[0]);
    long n = intArg(a[1]) - min;
    if (n <= 0) {
      throw new FuncException("invalid argument to Intn");
    }
    return GoInt.of(ThreadLocalRandom.current().nextLong(n) + min);
  }

  private static long intArg(Object o) {
    return ((GoInt) o).value();
  }

  private static long[] ints(Object[] a) {
    long[] r = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = intArg(a[i]);
    }
    return r;
  }
}
