package io.rset.gotemplate.sprig;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * sprig's {@code untilStep} and {@code seq} over Go ints, refusing results longer than {@link
 * Limits#maxListSize()} instead of allocating them (Go would allocate until it runs out of memory).
 * Arithmetic wraps around as Go's int does.
 */
final class MathRange {
  private MathRange() {}

  /** sprig's untilStep(start, stop, step) as a {@code []int}. */
  static GoSlice untilStep(long start, long stop, long step, Limits limits) throws FuncException {
    List<Object> v = new ArrayList<>();
    if (stop < start) {
      if (step >= 0) {
        return slice(v);
      }
    } else if (step <= 0) {
      return slice(v);
    }
    checkSize(start, stop, step, limits);
    if (stop < start) {
      for (long i = start; i > stop; i += step) {
        add(v, i, limits);
      }
    } else {
      for (long i = start; i < stop; i += step) {
        add(v, i, limits);
      }
    }
    return slice(v);
  }

  /** sprig's seq: the numbers of the sequence separated by spaces. */
  static String seq(long[] params, Limits limits) throws FuncException {
    long increment = 1;
    GoSlice values;
    switch (params.length) {
      case 1 -> {
        long start = 1;
        long end = params[0];
        if (end < start) {
          increment = -1;
        }
        values = untilStep(start, end + increment, increment, limits);
      }
      case 2 -> {
        long start = params[0];
        long end = params[1];
        long step = 1;
        if (end < start) {
          step = -1;
        }
        values = untilStep(start, end + step, step, limits);
      }
      case 3 -> {
        long start = params[0];
        long end = params[2];
        long step = params[1];
        if (end < start) {
          increment = -1;
          if (step > 0) {
            return "";
          }
        }
        values = untilStep(start, end + increment, step, limits);
      }
      default -> {
        return "";
      }
    }
    StringBuilder out = new StringBuilder();
    for (Object o : values.items()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(((GoInt) o).value());
      if (out.length() > limits.maxListSize()) {
        throw new FuncException(
            "string length " + out.length() + " exceeds the limit " + limits.maxListSize());
      }
    }
    return out.toString();
  }

  /**
   * Refuses a sequence whose exact length exceeds the limit. A sequence that would step past the
   * int range wraps around in Go and may never end; it is left to the bounded loop.
   */
  private static void checkSize(long start, long stop, long step, Limits limits)
      throws FuncException {
    BigInteger b = BigInteger.valueOf(start);
    BigInteger span = BigInteger.valueOf(stop).subtract(b).abs();
    BigInteger s = BigInteger.valueOf(step).abs();
    BigInteger count = span.add(s).subtract(BigInteger.ONE).divide(s);
    BigInteger next = b.add(count.multiply(BigInteger.valueOf(step)));
    boolean wraps = next.bitLength() > 63;
    if (!wraps && count.compareTo(BigInteger.valueOf(limits.maxListSize())) > 0) {
      throw new FuncException("list size " + count + " exceeds the limit " + limits.maxListSize());
    }
  }

  private static void add(List<Object> v, long i, Limits limits) throws FuncException {
    if (v.size() >= limits.maxListSize()) {
      throw new FuncException("list size exceeds the limit " + limits.maxListSize());
    }
    v.add(GoInt.of(i));
  }

  private static GoSlice slice(List<Object> v) {
    return new GoSlice(GoType.SLICE_INT, v);
  }
}
