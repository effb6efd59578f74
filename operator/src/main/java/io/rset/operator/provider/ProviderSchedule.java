package io.rset.operator.provider;

import io.rset.core.time.CronSchedule;
import io.rset.core.time.GoDuration;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scheduler built from a provider's {@code spec.schedule} and its timeout (spec §5.1 step 3,
 * §5.6): whether a run may start at a given time, and when the next schedule-driven run is.
 */
final class ProviderSchedule {
  /** Go's zero time in RFC 3339, which Flux prints when a schedule never fires again. */
  static final String ZERO_TIME = "0001-01-01T00:00:00Z";

  private static final DateTimeFormatter RFC3339 =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.UTC);

  /** One {@code spec.schedule[]} item, validated and parsed. */
  record Entry(String cron, String timeZone, Duration window, CronSchedule schedule) {}

  /** The next activation across all entries: the earliest one; {@code when} null if none fires. */
  record Trigger(Entry entry, Instant when) {
    /**
     * {@code status.nextSchedule}: {@code cron}, {@code timeZone}, {@code window}, {@code when}.
     */
    Map<String, Object> status() {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("cron", entry.cron());
      if (!entry.timeZone().isEmpty()) {
        s.put("timeZone", entry.timeZone());
      }
      s.put("window", GoDuration.format(entry.window()));
      s.put("when", rfc3339(when));
      return s;
    }
  }

  /** A spec.schedule item that does not validate; the message is the condition's detail. */
  static final class InvalidScheduleException extends Exception {
    InvalidScheduleException(String message) {
      super(message);
    }
  }

  private final List<Entry> entries;
  private final Duration timeout;

  private ProviderSchedule(List<Entry> entries, Duration timeout) {
    this.entries = entries;
    this.timeout = timeout;
  }

  /**
   * Validates every item in order: the window is not negative, a non-zero window is at least twice
   * the timeout, the cron spec parses (behind {@code CRON_TZ=<timeZone>} when a zone is set).
   */
  static ProviderSchedule build(Object raw, Duration timeout) throws InvalidScheduleException {
    List<Entry> entries = new ArrayList<>();
    if (raw instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        try {
          entries.add(entry(items.get(i), timeout));
        } catch (InvalidScheduleException e) {
          throw new InvalidScheduleException(
              "failed to validate schedule[" + i + "]: " + e.getMessage());
        }
      }
    }
    return new ProviderSchedule(List.copyOf(entries), timeout);
  }

  private static Entry entry(Object item, Duration timeout) throws InvalidScheduleException {
    Map<?, ?> m = item instanceof Map<?, ?> map ? map : Map.of();
    String cron = text(m.get("cron"));
    String timeZone = text(m.get("timeZone"));
    String windowText = text(m.get("window"));
    Duration window;
    try {
      window = windowText.isEmpty() ? Duration.ZERO : GoDuration.parse(windowText);
    } catch (IllegalArgumentException e) {
      // the CRD's pattern keeps such values out of a real cluster
      throw new InvalidScheduleException("invalid window '" + windowText + "': " + e.getMessage());
    }
    if (window.isNegative()) {
      throw new InvalidScheduleException("negative window: " + GoDuration.format(window));
    }
    if (!window.isZero() && window.compareTo(timeout.multipliedBy(2)) < 0) {
      throw new InvalidScheduleException(
          "a non-zero window ("
              + GoDuration.format(window)
              + ") must always be at least twice the timeout ("
              + GoDuration.format(timeout)
              + ")");
    }
    CronSchedule schedule;
    try {
      schedule = CronSchedule.parse(timeZone.isEmpty() ? cron : "CRON_TZ=" + timeZone + " " + cron);
    } catch (IllegalArgumentException e) {
      throw new InvalidScheduleException(
          timeZone.isEmpty()
              ? "failed to parse cron spec '" + cron + "': " + e.getMessage()
              : "failed to parse cron spec '"
                  + cron
                  + "' with timezone '"
                  + timeZone
                  + "': "
                  + e.getMessage());
    }
    return new Entry(cron, timeZone, window, schedule);
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** May a run start at {@code t}: no schedules, a schedule without window, or an open window. */
  boolean allows(Instant t) {
    return entries.isEmpty()
        || entries.stream().anyMatch(e -> e.window().isZero())
        || windowOpen(t);
  }

  /**
   * Does some windowed schedule leave room for a whole run from {@code t}: {@code t + timeout}
   * strictly before the previous activation plus the window.
   */
  boolean windowOpen(Instant t) {
    Instant end = t.plus(timeout);
    for (Entry e : entries) {
      if (e.window().isZero()) {
        continue;
      }
      Instant previous = e.schedule().previous(t);
      if (previous != null && end.isBefore(previous.plus(e.window()))) {
        return true;
      }
    }
    return false;
  }

  /** The earliest activation strictly after {@code t} across the entries (requires entries). */
  Trigger next(Instant t) {
    Trigger best = new Trigger(entries.get(0), null);
    for (Entry e : entries) {
      Instant when = e.schedule().next(t);
      if (when != null && (best.when() == null || when.isBefore(best.when()))) {
        best = new Trigger(e, when);
      }
    }
    return best;
  }

  /** Go's {@code time.RFC3339} in UTC; the zero time when {@code t} is null. */
  static String rfc3339(Instant t) {
    return t == null ? ZERO_TIME : RFC3339.format(t);
  }

  private static String text(Object o) {
    return o == null ? "" : o.toString();
  }
}
