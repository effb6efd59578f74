package io.rset.cli.cluster;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.TypeConversionException;

/** Parses Go duration strings ({@code 90s}, {@code 1m30s}, {@code 2h}, {@code 500ms}). */
final class GoDurations {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  private GoDurations() {}

  static Duration parse(String text) {
    if (text == null || text.isEmpty()) {
      throw new TypeConversionException("invalid duration \"\"");
    }
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = PART.matcher(text);
    int pos = 0;
    double nanos = 0;
    while (pos < text.length()) {
      if (!m.find(pos) || m.start() != pos) {
        throw new TypeConversionException("invalid duration \"" + text + "\"");
      }
      double v = Double.parseDouble(m.group(1));
      nanos +=
          switch (m.group(2)) {
            case "ns" -> v;
            case "us", "µs" -> v * 1e3;
            case "ms" -> v * 1e6;
            case "s" -> v * 1e9;
            case "m" -> v * 60e9;
            default -> v * 3600e9;
          };
      pos = m.end();
    }
    return Duration.ofNanos((long) nanos);
  }
}
