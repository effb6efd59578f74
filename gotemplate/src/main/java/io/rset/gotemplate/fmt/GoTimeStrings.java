package io.rset.gotemplate.fmt;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * time.Time's String and GoString over a {@link ZonedDateTime}.
 *
 * <p>Zones map to Go locations thus: {@link ZoneOffset#UTC} is Go's {@code time.UTC}; the region
 * zone {@code UTC} is the engine's local zone ({@code time.Local}, which is UTC); another {@link
 * ZoneOffset} is an unnamed fixed zone (printed as {@code +0530}); other regions are loaded
 * locations, named by their abbreviation.
 */
final class GoTimeStrings {
  private GoTimeStrings() {}

  private static final DateTimeFormatter ABBREVIATION =
      DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

  /** Seconds from Go's zero time (January 1, year 1) to the Unix epoch. */
  static final long UNIX_TO_INTERNAL = 62135596800L;

  /** time.Time.String(): {@code 2006-01-02 15:04:05.999999999 -0700 MST}. */
  static String string(ZonedDateTime t) {
    StringBuilder sb = new StringBuilder(40);
    GoTimeFormat.appendInt(sb, t.getYear(), 4).append('-');
    GoTimeFormat.appendInt(sb, t.getMonthValue(), 2).append('-');
    GoTimeFormat.appendInt(sb, t.getDayOfMonth(), 2).append(' ');
    GoTimeFormat.appendInt(sb, t.getHour(), 2).append(':');
    GoTimeFormat.appendInt(sb, t.getMinute(), 2).append(':');
    GoTimeFormat.appendInt(sb, t.getSecond(), 2);
    GoTimeFormat.appendNanos(sb, t.getNano()).append(' ');
    int offset = t.getOffset().getTotalSeconds();
    GoTimeFormat.appendOffset(sb, offset, false).append(' ');
    String name = zoneName(t);
    if (name.isEmpty()) {
      GoTimeFormat.appendOffset(sb, offset, false);
    } else {
      sb.append(name);
    }
    return sb.toString();
  }

  /** time.Time.GoString(): {@code time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)}. */
  static String goString(ZonedDateTime t) {
    StringBuilder sb = new StringBuilder(72);
    sb.append("time.Date(")
        .append(t.getYear())
        .append(", time.")
        .append(GoTimeFormat.LONG_MONTH_NAMES.get(t.getMonthValue() - 1))
        .append(", ")
        .append(t.getDayOfMonth())
        .append(", ")
        .append(t.getHour())
        .append(", ")
        .append(t.getMinute())
        .append(", ")
        .append(t.getSecond())
        .append(", ")
        .append(t.getNano())
        .append(", ");
    ZoneId zone = t.getZone();
    if (zone.equals(ZoneOffset.UTC)) {
      sb.append("time.UTC");
    } else if (isLocal(zone)) {
      sb.append("time.Local");
    } else {
      sb.append("time.Location(")
          .append(GoStrconv.quote(zone instanceof ZoneOffset ? "" : zone.getId()))
          .append(')');
    }
    return sb.append(')').toString();
  }

  /** Whether Go would hold this time's location as a nil pointer (time.UTC). */
  static boolean isUtcLocation(ZonedDateTime t) {
    return t.getZone().equals(ZoneOffset.UTC);
  }

  /** The name of the time's Go location: {@code UTC} for the engine's local zone. */
  static String locationName(ZonedDateTime t) {
    ZoneId zone = t.getZone();
    return zone instanceof ZoneOffset ? "" : zone.getId();
  }

  private static boolean isLocal(ZoneId zone) {
    return zone.getId().equals("UTC");
  }

  private static String zoneName(ZonedDateTime t) {
    ZoneId zone = t.getZone();
    if (zone instanceof ZoneOffset off) {
      return off.getTotalSeconds() == 0 ? "UTC" : "";
    }
    if (isLocal(zone) || zone.getId().equals("Etc/UTC")) {
      return "UTC";
    }
    return ABBREVIATION.format(t);
  }
}
