package io.rset.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * robfig's {@code SpecSchedule}: one bit set per field (bit {@code n} = value {@code n}; bit 63 =
 * the field was {@code *} or {@code ?}) and the zone the fields are read in. {@link #next} is a
 * port of robfig's search, including its daylight-saving adjustments and Go's rules for resolving
 * wall-clock times that fall into a gap or an overlap.
 */
record CronFields(long second, long minute, long hour, long dom, long month, long dow, ZoneId zone)
    implements CronSchedule.Activations {
  static final long STAR = 1L << 63;

  @Override
  public Instant next(Instant after) {
    // the earliest possible time: the upcoming second
    Instant t = after.plusSeconds(1).minusNanos(after.getNano());
    boolean added = false;
    int yearLimit = local(t).getYear() + 5;

    wrap:
    while (true) {
      if (local(t).getYear() > yearLimit) {
        return null;
      }
      while ((bit(local(t).getMonthValue()) & month) == 0) {
        if (!added) {
          added = true;
          LocalDateTime l = local(t);
          t = date(l.getYear(), l.getMonthValue(), 1, 0, 0, 0);
        }
        t = addDate(t, 1, 0);
        if (local(t).getMonthValue() == 1) {
          continue wrap;
        }
      }
      while (!dayMatches(local(t))) {
        if (!added) {
          added = true;
          LocalDateTime l = local(t);
          t = date(l.getYear(), l.getMonthValue(), l.getDayOfMonth(), 0, 0, 0);
        }
        t = addDate(t, 0, 1);
        // where DST moved midnight, go back to it (hour 1) or on to it (hour 23)
        int h = local(t).getHour();
        if (h != 0) {
          t = h > 12 ? t.plus(24 - h, ChronoUnit.HOURS) : t.minus(h, ChronoUnit.HOURS);
        }
        if (local(t).getDayOfMonth() == 1) {
          continue wrap;
        }
      }
      while ((bit(local(t).getHour()) & hour) == 0) {
        if (!added) {
          added = true;
          LocalDateTime l = local(t);
          t = date(l.getYear(), l.getMonthValue(), l.getDayOfMonth(), l.getHour(), 0, 0);
        }
        t = t.plus(1, ChronoUnit.HOURS);
        if (local(t).getHour() == 0) {
          continue wrap;
        }
      }
      while ((bit(local(t).getMinute()) & minute) == 0) {
        if (!added) {
          added = true;
          t = t.truncatedTo(ChronoUnit.MINUTES);
        }
        t = t.plus(1, ChronoUnit.MINUTES);
        if (local(t).getMinute() == 0) {
          continue wrap;
        }
      }
      while ((bit(local(t).getSecond()) & second) == 0) {
        if (!added) {
          added = true;
          t = t.truncatedTo(ChronoUnit.SECONDS);
        }
        t = t.plusSeconds(1);
        if (local(t).getSecond() == 0) {
          continue wrap;
        }
      }
      return t;
    }
  }

  /** Both day fields must match when either is a star; otherwise either one suffices. */
  private boolean dayMatches(LocalDateTime l) {
    boolean domMatch = (bit(l.getDayOfMonth()) & dom) != 0;
    boolean dowMatch = (bit(l.getDayOfWeek().getValue() % 7) & dow) != 0;
    if ((dom & STAR) != 0 || (dow & STAR) != 0) {
      return domMatch && dowMatch;
    }
    return domMatch || dowMatch;
  }

  private static long bit(int n) {
    return 1L << n;
  }

  private LocalDateTime local(Instant t) {
    return LocalDateTime.ofInstant(t, zone);
  }

  /** Go's {@code t.AddDate(0, months, days)}: wall-clock fields added, then resolved again. */
  private Instant addDate(Instant t, int months, int days) {
    LocalDateTime l = local(t);
    return resolve(
        LocalDate.of(l.getYear(), l.getMonthValue(), 1)
            .plusMonths(months)
            .plusDays(l.getDayOfMonth() - 1L + days)
            .atTime(l.toLocalTime()));
  }

  private Instant date(int year, int month, int day, int hour, int minute, int second) {
    return resolve(LocalDate.of(year, month, day).atTime(hour, minute, second));
  }

  /**
   * Go's {@code time.Date} zone resolution: take the offset in force at the wall-clock time read as
   * UTC; if the resulting instant lies outside that offset's period, use the offset in force at
   * that instant instead. Gaps therefore move forward; in overlaps the choice depends on the sign
   * of the offsets (Europe/Berlin picks the later, standard-time occurrence).
   */
  private Instant resolve(LocalDateTime wall) {
    long unix = wall.toEpochSecond(ZoneOffset.UTC);
    var rules = zone.getRules();
    int offset = rules.getOffset(Instant.ofEpochSecond(unix)).getTotalSeconds();
    if (offset != 0) {
      offset = rules.getOffset(Instant.ofEpochSecond(unix - offset)).getTotalSeconds();
      unix -= offset;
    }
    return Instant.ofEpochSecond(unix, wall.getNano());
  }
}
