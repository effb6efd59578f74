package io.rset.gotemplate.fmt;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Pieces of Go's time formatting shared by the printers and the date functions: the month and day
 * names, the time package's zero-padded {@code appendInt}, and the RFC 3339 text of a time.
 */
public final class GoTimeFormat {
  private GoTimeFormat() {}

  /** Go's longMonthNames, January first. */
  public static final List<String> LONG_MONTH_NAMES =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  /** Go's shortMonthNames, Jan first. */
  public static final List<String> SHORT_MONTH_NAMES =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  /** Go's longDayNames, Sunday first. */
  public static final List<String> LONG_DAY_NAMES =
      List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");

  /** Go's shortDayNames, Sun first. */
  public static final List<String> SHORT_DAY_NAMES =
      List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat");

  /** The time package's appendInt: decimal x zero-padded to width digits, '-' first if negative. */
  public static StringBuilder appendInt(StringBuilder b, long x, int width) {
    if (x < 0) {
      b.append('-');
      x = -x;
    }
    String digits = Long.toString(x);
    for (int pad = width - digits.length(); pad > 0; pad--) {
      b.append('0');
    }
    return b.append(digits);
  }

  /** Appends {@code .999999999}: '.' and the nanoseconds without trailing zeros; nothing for 0. */
  public static StringBuilder appendNanos(StringBuilder b, int nanos) {
    if (nanos != 0) {
      String frac = Integer.toString(1_000_000_000 + nanos);
      int end = frac.length();
      while (frac.charAt(end - 1) == '0') {
        end--;
      }
      b.append('.').append(frac, 1, end);
    }
    return b;
  }

  /** Appends a zone offset as {@code ±hhmm}, or {@code ±hh:mm} when colon is set. */
  public static StringBuilder appendOffset(StringBuilder b, int offsetSeconds, boolean colon) {
    int zone = offsetSeconds / 60;
    if (zone < 0) {
      b.append('-');
      zone = -zone;
    } else {
      b.append('+');
    }
    appendInt(b, zone / 60, 2);
    if (colon) {
      b.append(':');
    }
    return appendInt(b, zone % 60, 2);
  }

  /**
   * The time formatted with Go's {@code time.RFC3339Nano} layout, as Time.MarshalJSON writes it
   * (without its range checks): {@code 2006-01-02T15:04:05.999999999Z07:00}.
   */
  public static String rfc3339Nano(ZonedDateTime t) {
    StringBuilder b = new StringBuilder(35);
    appendInt(b, t.getYear(), 4).append('-');
    appendInt(b, t.getMonthValue(), 2).append('-');
    appendInt(b, t.getDayOfMonth(), 2).append('T');
    appendInt(b, t.getHour(), 2).append(':');
    appendInt(b, t.getMinute(), 2).append(':');
    appendInt(b, t.getSecond(), 2);
    appendNanos(b, t.getNano());
    int offset = t.getOffset().getTotalSeconds();
    if (offset == 0) {
      return b.append('Z').toString();
    }
    return appendOffset(b, offset, true).toString();
  }
}
