package io.rset.cluster.mutate;

import java.time.Clock;
import java.time.ZonedDateTime;

/**
 * A reconcile request token: the current time as Go's {@code time.RFC3339Nano} in the local zone
 * ({@code 2025-07-15T12:11:00.123456789+02:00}; trailing zeros of the fraction dropped, {@code Z}
 * for a zero offset).
 */
public final class RequestToken {
  private RequestToken() {}

  /** A token for the clock's current instant in the clock's zone. */
  public static String now(Clock clock) {
    return format(ZonedDateTime.now(clock));
  }

  /** The RFC3339Nano form of t. */
  public static String format(ZonedDateTime t) {
    StringBuilder b = new StringBuilder(35);
    pad(b, t.getYear(), 4).append('-');
    pad(b, t.getMonthValue(), 2).append('-');
    pad(b, t.getDayOfMonth(), 2).append('T');
    pad(b, t.getHour(), 2).append(':');
    pad(b, t.getMinute(), 2).append(':');
    pad(b, t.getSecond(), 2);
    int nanos = t.getNano();
    if (nanos != 0) {
      String frac = String.format("%09d", nanos);
      int end = frac.length();
      while (frac.charAt(end - 1) == '0') {
        end--;
      }
      b.append('.').append(frac, 0, end);
    }
    int offset = t.getOffset().getTotalSeconds();
    if (offset == 0) {
      return b.append('Z').toString();
    }
    b.append(offset < 0 ? '-' : '+');
    int abs = Math.abs(offset) / 60;
    pad(b, abs / 60, 2).append(':');
    return pad(b, abs % 60, 2).toString();
  }

  private static StringBuilder pad(StringBuilder b, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(s);
  }
}
