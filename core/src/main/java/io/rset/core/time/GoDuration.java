package io.rset.core.time;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Go's {@code time.ParseDuration} and {@code time.Duration.String()}: spec fields such as {@code
 * reconcileEvery}, operator flags and the CLI's {@code --timeout} all use them.
 */
public final class GoDuration {
  private GoDuration() {}

  /**
   * Parses a Go duration ({@code 1h30m}, {@code -1.5s}, {@code 0}) exactly as Go's {@code
   * time.ParseDuration} does, including its float arithmetic for fractions and its error texts
   * ({@code time: invalid duration "x"}, {@code time: missing unit in duration "1"}, {@code time:
   * unknown unit "d" in duration "1d"}).
   *
   * @throws IllegalArgumentException when the text is not a Go duration, with Go's message
   */
  public static Duration parse(String text) {
    String orig = text == null ? "" : text;
    String s = orig;
    long d = 0; // unsigned accumulator, at most 1<<63
    boolean neg = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Duration.ZERO;
    }
    if (s.isEmpty()) {
      throw invalid(orig);
    }
    while (!s.isEmpty()) {
      char first = s.charAt(0);
      if (!(first == '.' || ('0' <= first && first <= '9'))) {
        throw invalid(orig);
      }
      // [0-9]*
      long v = 0;
      int i = 0;
      for (; i < s.length() && isDigit(s.charAt(i)); i++) {
        if (Long.compareUnsigned(v, Long.divideUnsigned(TWO_63, 10)) > 0) {
          throw invalid(orig);
        }
        v = v * 10 + (s.charAt(i) - '0');
        if (Long.compareUnsigned(v, TWO_63) > 0) {
          throw invalid(orig);
        }
      }
      boolean pre = i != 0;
      s = s.substring(i);
      // (\.[0-9]*)? : digits past int64 precision are consumed but ignored, as in Go
      long f = 0;
      double scale = 1;
      boolean post = false;
      if (!s.isEmpty() && s.charAt(0) == '.') {
        s = s.substring(1);
        int j = 0;
        boolean overflow = false;
        for (; j < s.length() && isDigit(s.charAt(j)); j++) {
          if (overflow) {
            continue;
          }
          if (Long.compareUnsigned(f, Long.MAX_VALUE / 10) > 0) {
            overflow = true;
            continue;
          }
          long y = f * 10 + (s.charAt(j) - '0');
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
        throw invalid(orig);
      }
      int u = 0;
      while (u < s.length() && s.charAt(u) != '.' && !isDigit(s.charAt(u))) {
        u++;
      }
      if (u == 0) {
        throw new IllegalArgumentException("time: missing unit in duration " + quote(orig));
      }
      String unitName = s.substring(0, u);
      s = s.substring(u);
      long unit = unit(unitName);
      if (unit == 0) {
        throw new IllegalArgumentException(
            "time: unknown unit " + quote(unitName) + " in duration " + quote(orig));
      }
      if (Long.compareUnsigned(v, Long.divideUnsigned(TWO_63, unit)) > 0) {
        throw invalid(orig);
      }
      v *= unit;
      if (f != 0) {
        // Go: float64 keeps fractions of hours nanosecond-accurate
        v += toUnsigned((double) f * ((double) unit / scale));
        if (Long.compareUnsigned(v, TWO_63) > 0) {
          throw invalid(orig);
        }
      }
      d += v;
      if (Long.compareUnsigned(d, TWO_63) > 0) {
        throw invalid(orig);
      }
    }
    if (neg) {
      return Duration.ofNanos(-d);
    }
    if (d < 0) {
      throw invalid(orig); // exactly 1<<63
    }
    return Duration.ofNanos(d);
  }

  /** 1<<63 as an unsigned long. */
  private static final long TWO_63 = Long.MIN_VALUE;

  private static boolean isDigit(char c) {
    return '0' <= c && c <= '9';
  }

  private static long unit(String name) {
    return switch (name) {
      case "ns" -> 1L;
      case "us", "\u00b5s", "\u03bcs" -> 1_000L;
      case "ms" -> 1_000_000L;
      case "s" -> 1_000_000_000L;
      case "m" -> 60_000_000_000L;
      case "h" -> 3_600_000_000_000L;
      default -> 0L;
    };
  }

  /** Go's {@code uint64(f)} for a non-negative double below 2^64. */
  private static long toUnsigned(double f) {
    return f < 0x1p63 ? (long) f : (long) (f - 0x1p63) + Long.MIN_VALUE;
  }

  private static IllegalArgumentException invalid(String orig) {
    return new IllegalArgumentException("time: invalid duration " + quote(orig));
  }

  /**
   * The time package's {@code quote}: double quotes; {@code "} and {@code \\} escaped; every byte
   * of a non-ASCII or control character written as {@code \xNN}.
   */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    s.codePoints()
        .forEach(
            c -> {
              if (c >= 0x80 || c < ' ') {
                for (byte x : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                  b.append("\\x").append(HEX.charAt((x >> 4) & 0xF)).append(HEX.charAt(x & 0xF));
                }
              } else {
                if (c == '"' || c == '\\') {
                  b.append('\\');
                }
                b.append((char) c);
              }
            });
    return b.append('"').toString();
  }

  private static final String HEX = "0123456789abcdef";

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
