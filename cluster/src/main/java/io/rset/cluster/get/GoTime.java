package io.rset.cluster.get;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Go's default time format, {@code time.Time.String()}: {@code 2025-07-15 10:11:00 +0000 UTC}, with
 * a fraction of a second only when non-zero (trailing zeros dropped).
 */
public final class GoTime {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xx", Locale.ROOT);
  private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

  private GoTime() {}

  /** The RFC 3339 timestamp text in zone, or empty when it does not parse. */
  public static Optional<String> format(String rfc3339, ZoneId zone) {
    try {
      return Optional.of(format(ZonedDateTime.ofInstant(Instant.parse(rfc3339), zone)));
    } catch (DateTimeException e) {
      try {
        return Optional.of(
            format(
                ZonedDateTime.ofInstant(
                    ZonedDateTime.parse(rfc3339, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant(),
                    zone)));
      } catch (DateTimeException again) {
        return Optional.empty();
      }
    }
  }

  /** t in Go's default format. */
  public static String format(ZonedDateTime t) {
    StringBuilder b = new StringBuilder(DATE_TIME.format(t));
    if (t.getNano() != 0) {
      String frac = String.format(Locale.ROOT, "%09d", t.getNano()).replaceAll("0+$", "");
      b.append('.').append(frac);
    }
    String zone = ZONE.format(t);
    if (zone.equals("Z")) {
      zone = "UTC";
    }
    return b.append(' ').append(OFFSET.format(t)).append(' ').append(zone).toString();
  }
}
