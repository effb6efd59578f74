package io.rset.gotemplate.sprig;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoTime;
import io.rset.gotemplate.value.GoType;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * slim-sprig's hermetic date functions (date.go): ago, toDate, mustToDate, unixEpoch, duration,
 * durationRound, mustDateModify (also as must_date_modify). Times are {@link GoTime} values; the
 * local zone is UTC (see {@link DateZones}).
 */
final class SprigDates {
  private SprigDates() {}

  static List<GoFunction> functions(Limits limits) {
    GoFunction mustDateModify =
        GoFunction.ofErr(
            "mustDateModify",
            GoType.TIME,
            List.of(GoType.STRING, GoType.TIME),
            a -> dateModify((String) a[0], (GoTime) a[1]));
    return List.of(
        GoFunction.of("ago", GoType.STRING, List.of(GoType.INTERFACE), a -> ago(a[0])),
        GoFunction.of(
            "toDate",
            GoType.TIME,
            List.of(GoType.STRING, GoType.STRING),
            a -> {
              try {
                return toDate((String) a[0], (String) a[1]);
              } catch (FuncException e) {
                return DateZones.ZERO;
              }
            }),
        GoFunction.ofErr(
            "mustToDate",
            GoType.TIME,
            List.of(GoType.STRING, GoType.STRING),
            a -> toDate((String) a[0], (String) a[1])),
        GoFunction.of(
            "unixEpoch",
            GoType.STRING,
            List.of(GoType.TIME),
            a -> Long.toString(((GoTime) a[0]).value().toEpochSecond())),
        GoFunction.of("duration", GoType.STRING, List.of(GoType.INTERFACE), a -> duration(a[0])),
        GoFunction.of(
            "durationRound", GoType.STRING, List.of(GoType.INTERFACE), a -> durationRound(a[0])),
        mustDateModify,
        new GoFunction(
            "must_date_modify",
            mustDateModify.params(),
            mustDateModify.variadic(),
            mustDateModify.result(),
            mustDateModify.returnsError(),
            mustDateModify.body()));
  }

  /** time.ParseInLocation(layout, value, time.Local). */
  static GoTime toDate(String layout, String value) throws FuncException {
    return new GoTime(DateLayout.parse(layout, value));
  }

  /** sprig's mustDateModify: date + time.ParseDuration(fmt). */
  static GoTime dateModify(String fmt, GoTime date) throws FuncException {
    long d = DateDuration.parse(fmt);
    return new GoTime(date.value().plusNanos(d));
  }

  /** sprig's duration: seconds (a string or an int64; anything else is 0) as a Duration. */
  static String duration(Object sec) {
    long n = 0;
    if (sec instanceof String s) {
      n = parseInt64(s);
    } else if (sec instanceof Long l) {
      n = l;
    }
    return DateDuration.format(n * DateDuration.SECOND); // wraps around as Go's int64 does
  }

  /** strconv.ParseInt(s, 10, 64) with errors ignored: 0 for bad syntax, the bound on overflow. */
  private static long parseInt64(String s) {
    String digits = s;
    boolean neg = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      neg = s.charAt(0) == '-';
      digits = s.substring(1);
    }
    if (digits.isEmpty()) {
      return 0;
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
    }
    try {
      return Long.parseLong(neg ? "-" + digits : digits);
    } catch (NumberFormatException e) {
      return neg ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** sprig's durationRound: the largest whole unit of a duration (2h, 3mo, 1y), or 0s. */
  static String durationRound(Object duration) {
    long d = 0;
    if (duration instanceof String s) {
      try {
        d = DateDuration.parse(s);
      } catch (FuncException e) {
        d = 0;
      }
    } else if (duration instanceof Long l) {
      d = l;
    } else if (duration instanceof GoTime t) {
      d = since(t.value());
    }
    long u = d < 0 ? -d : d; // unsigned
    long year = DateDuration.HOUR * 24 * 365;
    long month = DateDuration.HOUR * 24 * 30;
    long day = DateDuration.HOUR * 24;
    long[] units = {year, month, day, DateDuration.HOUR, DateDuration.MINUTE, DateDuration.SECOND};
    String[] names = {"y", "mo", "d", "h", "m", "s"};
    for (int i = 0; i < units.length; i++) {
      if (Long.compareUnsigned(u, units[i]) > 0) {
        return Long.toUnsignedString(Long.divideUnsigned(u, units[i])) + names[i];
      }
    }
    return "0s";
  }

  /** sprig's dateAgo: time since a time.Time, int64 or int (Unix seconds), to the second. */
  static String ago(Object date) {
    ZonedDateTime t;
    Instant now = Instant.now();
    if (date instanceof GoTime g) {
      t = g.value();
    } else if (date instanceof Long l) {
      t = unix(l);
    } else if (date instanceof GoInt i && i.goType().equals(GoType.INT)) {
      t = unix(i.value());
    } else {
      return "0s"; // time.Now(): no time has passed
    }
    return DateDuration.format(DateDuration.round(between(t, now), DateDuration.SECOND));
  }

  private static ZonedDateTime unix(long seconds) {
    // Clamp to java.time's range; such instants are billions of years away either way.
    long s =
        Math.max(Math.min(seconds, Instant.MAX.getEpochSecond()), Instant.MIN.getEpochSecond());
    return Instant.ofEpochSecond(s).atZone(DateZones.LOCAL);
  }

  /** time.Since(t): now - t in nanoseconds, saturated to the Duration range. */
  private static long since(ZonedDateTime t) {
    return between(t, Instant.now());
  }

  private static long between(ZonedDateTime t, Instant now) {
    Instant then = t.toInstant();
    long secs = now.getEpochSecond() - then.getEpochSecond();
    long nanos = now.getNano() - then.getNano();
    // |secs| fits easily: Instants span about 2e12 years of seconds.
    if (secs > Long.MAX_VALUE / DateDuration.SECOND - 1) {
      return Long.MAX_VALUE;
    }
    if (secs < Long.MIN_VALUE / DateDuration.SECOND + 1) {
      return Long.MIN_VALUE;
    }
    return secs * DateDuration.SECOND + nanos;
  }
}
