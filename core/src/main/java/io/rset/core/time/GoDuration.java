package io.rset.core.time;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's {@code time.ParseDuration} and {@code time.Duration.String()}: spec fields such as {@code
 * reconcileEvery}, operator flags and the CLI's {@code --timeout} all use them.
 */
public final class GoDuration {
  private static final Pattern PART =
      Pattern.compile("([0-9]*(?:\\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)");

  private GoDuration() {}

  /**
   * Parses a Go duration ({@code 1h30m}, {@code -1.5s}, {@code 0}).
   *
   * @throws IllegalArgumentException when the text is not a Go duration
   */
  public static Duration parse(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("time: invalid duration \"\"");
    }
    String s = text;
    boolean neg = false;
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Duration.ZERO;
    }
    if (s.isEmpty()) {
      throw new IllegalArgumentException("time: invalid duration \"" + text + "\"");
    }
    Matcher m = PART.matcher(s);
    int pos = 0;
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    while (pos < s.length()) {
      if (!m.find(pos) || m.start() != pos || m.group(1).isEmpty() || m.group(1).equals(".")) {
        throw new IllegalArgumentException("time: invalid duration \"" + text + "\"");
      }
      long unit =
          switch (m.group(2)) {
            case "ns" -> 1L;
            case "us", "µs", "μs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
          };
      total =
          total.add(
              new java.math.BigDecimal(m.group(1)).multiply(java.math.BigDecimal.valueOf(unit)));
      pos = m.end();
    }
    if (total.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException("time: invalid duration \"" + text + "\"");
    }
    long nanos = total.longValue();
    return Duration.ofNanos(neg ? -nanos : nanos);
  }

  /** Parses {@code text}, or returns {@code fallback} when it is null or not a Go duration. */
  public static Duration parseOr(String text, Duration fallback) {
    if (text == null) {
      return fallback;
    }
    try {
      return parse(text);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  /** Go's {@code Duration.String()}: {@code 0s}, {@code 345ms}, {@code 1m5s}, {@code 2h0m0s}. */
  public static String format(Duration d) {
    long n = d.toNanos();
    if (n == 0) {
      return "0s";
    }
    StringBuilder sb = new StringBuilder();
    if (n < 0) {
      sb.append('-');
      n = -n;
    }
    if (n < 1_000_000_000L) {
      if (n < 1_000L) {
        return sb.append(n).append("ns").toString();
      }
      if (n < 1_000_000L) {
        return sb.append(n / 1_000L).append(fraction(n % 1_000L, 3)).append("µs").toString();
      }
      return sb.append(n / 1_000_000L).append(fraction(n % 1_000_000L, 6)).append("ms").toString();
    }
    long secs = n / 1_000_000_000L;
    String sec = (secs % 60) + fraction(n % 1_000_000_000L, 9) + "s";
    long mins = secs / 60;
    if (mins == 0) {
      return sb.append(sec).toString();
    }
    long hours = mins / 60;
    if (hours > 0) {
      sb.append(hours).append('h');
    }
    return sb.append(mins % 60).append('m').append(sec).toString();
  }

  private static String fraction(long v, int digits) {
    if (v == 0) {
      return "";
    }
    String s = String.format("%0" + digits + "d", v).replaceAll("0+$", "");
    return "." + s;
  }

  /**
   * The elapsed time as the Flux message prints it: under a second rounded to the millisecond,
   * otherwise to the second (Go's {@code Round}: halves away from zero).
   */
  public static String elapsed(Duration d) {
    long n = d.toNanos();
    long unit = n < 1_000_000_000L ? 1_000_000L : 1_000_000_000L;
    long rounded = ((n + unit / 2) / unit) * unit;
    return format(Duration.ofNanos(rounded));
  }
}
