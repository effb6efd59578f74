package io.rset.core.time;

import java.time.Duration;
import java.time.Instant;

/**
 * A cron schedule with the semantics of Go's {@code robfig/cron/v3} standard parser as Flux
 * configures it: five fields (minute, hour, day of month, month, day of week) or a descriptor
 * ({@code @daily}, {@code @every 1h30m}, ...), with an optional {@code CRON_TZ=<zone> } (or {@code
 * TZ=<zone> }) prefix. Without a prefix the schedule runs in UTC, the operator container's local
 * time zone. Parse errors carry robfig's exact texts.
 */
public final class CronSchedule {
  /** How far back {@link #previous} looks, as the Flux scheduler does. */
  static final Duration LOOK_BACK = Duration.ofDays(5 * 365);

  /** The schedule's activation function: the first activation strictly after a time, or null. */
  interface Activations {
    Instant next(Instant after);
  }

  private final Activations activations;

  CronSchedule(Activations activations) {
    this.activations = activations;
  }

  /**
   * Parses a spec as robfig's {@code cron.ParseStandard} does.
   *
   * @throws IllegalArgumentException with robfig's error text when the spec is invalid
   */
  public static CronSchedule parse(String spec) {
    return new CronSchedule(CronParser.parse(spec));
  }

  /**
   * The first activation strictly after {@code after} (robfig's {@code Next}, second precision), or
   * null when none exists within five years (robfig's zero time).
   */
  public Instant next(Instant after) {
    return activations.next(after);
  }

  /**
   * The latest activation at or before {@code now} within the last five years, found by binary
   * search over {@link #next} (which is monotonic in its argument); null when there is none.
   */
  public Instant previous(Instant now) {
    long hi = now.getEpochSecond();
    long lo = now.minus(LOOK_BACK).getEpochSecond();
    Instant first = next(Instant.ofEpochSecond(lo));
    if (first == null || first.isAfter(now)) {
      return null;
    }
    // invariant: next(lo) <= now; and next(hi) > now, since next is strictly after its argument
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      Instant n = next(Instant.ofEpochSecond(mid));
      if (n != null && !n.isAfter(now)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return next(Instant.ofEpochSecond(lo));
  }
}
