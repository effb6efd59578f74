package io.rset.core.time;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * robfig/cron v3's standard parser ({@code Minute | Hour | Dom | Month | Dow | Descriptor}) with
 * its error texts, which Flux embeds in condition messages.
 */
final class CronParser {
  /** A field's bounds and names; the names are matched case-insensitively. */
  private record Bounds(int min, int max, Map<String, Integer> names) {}

  private static final Bounds SECONDS = new Bounds(0, 59, Map.of());
  private static final Bounds MINUTES = new Bounds(0, 59, Map.of());
  private static final Bounds HOURS = new Bounds(0, 23, Map.of());
  private static final Bounds DOM = new Bounds(1, 31, Map.of());
  private static final Bounds MONTHS =
      new Bounds(
          1,
          12,
          Map.ofEntries(
              Map.entry("jan", 1),
              Map.entry("feb", 2),
              Map.entry("mar", 3),
              Map.entry("apr", 4),
              Map.entry("may", 5),
              Map.entry("jun", 6),
              Map.entry("jul", 7),
              Map.entry("aug", 8),
              Map.entry("sep", 9),
              Map.entry("oct", 10),
              Map.entry("nov", 11),
              Map.entry("dec", 12)));
  private static final Bounds DOW =
      new Bounds(
          0, 6, Map.of("sun", 0, "mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5, "sat", 6));

  private static final String EVERY = "@every ";

  private CronParser() {}

  static CronSchedule.Activations parse(String spec) {
    if (spec == null || spec.isEmpty()) {
      throw error("empty spec string");
    }
    ZoneId zone = ZoneOffset.UTC;
    if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
      int space = spec.indexOf(' ');
      if (space < 0) {
        // robfig slices out of range here and panics; there is no Go text to reproduce
        throw error("missing schedule after time zone: " + spec);
      }
      String name = spec.substring(spec.indexOf('=') + 1, space);
      zone = location(name);
      spec = GoStrings.trimSpace(spec.substring(space));
    }
    if (spec.startsWith("@")) {
      return descriptor(spec, zone);
    }
    List<String> fields = GoStrings.fields(spec);
    if (fields.size() != 5) {
      throw error(
          "expected exactly 5 fields, found "
              + fields.size()
              + ": ["
              + String.join(" ", fields)
              + "]");
    }
    return new CronFields(
        field("0", SECONDS),
        field(fields.get(0), MINUTES),
        field(fields.get(1), HOURS),
        field(fields.get(2), DOM),
        field(fields.get(3), MONTHS),
        field(fields.get(4), DOW),
        zone);
  }

  /** Go's {@code time.LoadLocation} as seen through robfig's message. */
  private static ZoneId location(String name) {
    if (name.isEmpty() || name.equals("UTC") || name.equals("Local")) {
      return ZoneOffset.UTC;
    }
    if (name.contains("..") || name.charAt(0) == '/' || name.charAt(0) == '\\') {
      throw error("provided bad location " + name + ": time: invalid location name");
    }
    if (!ZoneIds.AVAILABLE.contains(name)) {
      throw error("provided bad location " + name + ": unknown time zone " + name);
    }
    return ZoneId.of(name);
  }

  /** The zone names Go finds in the tz database (Java's copy of it). */
  private static final class ZoneIds {
    static final Set<String> AVAILABLE = ZoneId.getAvailableZoneIds();
  }

  private static CronSchedule.Activations descriptor(String spec, ZoneId zone) {
    long allDom = all(DOM);
    long allMonths = all(MONTHS);
    long allDow = all(DOW);
    return switch (spec) {
      case "@yearly", "@annually" -> new CronFields(1, 1, 1, 1 << 1, 1 << 1, allDow, zone);
      case "@monthly" -> new CronFields(1, 1, 1, 1 << 1, allMonths, allDow, zone);
      case "@weekly" -> new CronFields(1, 1, 1, allDom, allMonths, 1, zone);
      case "@daily", "@midnight" -> new CronFields(1, 1, 1, allDom, allMonths, allDow, zone);
      case "@hourly" -> new CronFields(1, 1, all(HOURS), allDom, allMonths, allDow, zone);
      default -> {
        if (!spec.startsWith(EVERY)) {
          throw error("unrecognized descriptor: " + spec);
        }
        Duration d;
        try {
          d = GoDuration.parse(spec.substring(EVERY.length()));
        } catch (IllegalArgumentException e) {
          throw error("failed to parse duration " + spec + ": " + e.getMessage());
        }
        yield ConstantDelay.every(d);
      }
    };
  }

  /** A comma-separated list of ranges; empty list items are skipped, as Go's FieldsFunc does. */
  private static long field(String field, Bounds r) {
    long bits = 0;
    for (String expr : field.split(",")) {
      if (!expr.isEmpty()) {
        bits |= range(expr, r);
      }
    }
    return bits;
  }

  /** {@code number | number "-" number [ "/" number ]}, or {@code *} / {@code ?}. */
  private static long range(String expr, Bounds r) {
    String[] rangeAndStep = expr.split("/", -1);
    String[] lowAndHigh = rangeAndStep[0].split("-", -1);
    boolean single = lowAndHigh.length == 1;
    long start;
    long end;
    long step;
    long extra = 0;
    if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
      start = r.min();
      end = r.max();
      extra = CronFields.STAR;
    } else {
      start = intOrName(lowAndHigh[0], r);
      switch (lowAndHigh.length) {
        case 1 -> end = start;
        case 2 -> end = intOrName(lowAndHigh[1], r);
        default -> throw error("too many hyphens: " + expr);
      }
    }
    switch (rangeAndStep.length) {
      case 1 -> step = 1;
      case 2 -> {
        step = atoi(rangeAndStep[1]);
        if (single) {
          end = r.max(); // "N/step" means "N-max/step"
        }
        if (step > 1) {
          extra = 0;
        }
      }
      default -> throw error("too many slashes: " + expr);
    }
    if (start < r.min()) {
      throw error("beginning of range (" + start + ") below minimum (" + r.min() + "): " + expr);
    }
    if (end > r.max()) {
      throw error("end of range (" + end + ") above maximum (" + r.max() + "): " + expr);
    }
    if (start > end) {
      throw error("beginning of range (" + start + ") beyond end of range (" + end + "): " + expr);
    }
    if (step == 0) {
      throw error("step of range should be a positive number: " + expr);
    }
    return bits(start, end, step) | extra;
  }

  private static long intOrName(String expr, Bounds r) {
    Integer named = r.names().get(expr.toLowerCase(Locale.ROOT));
    return named != null ? named : atoi(expr);
  }

  /** robfig's {@code mustParseInt}: Go's {@code strconv.Atoi}, then no negatives. */
  private static long atoi(String expr) {
    long num;
    try {
      num = GoStrings.atoi(expr);
    } catch (IllegalArgumentException e) {
      throw error("failed to parse int from " + expr + ": " + e.getMessage());
    }
    if (num < 0) {
      throw error("negative number (" + num + ") not allowed: " + expr);
    }
    return num;
  }

  /** The bits {@code start, start+step, ...} up to {@code end} (all within 0..63). */
  private static long bits(long start, long end, long step) {
    long bits = 0;
    for (long i = start; i <= end; i += step) {
      bits |= 1L << i;
      if (step > end) {
        break; // the next value is out of range; stop before the sum can overflow
      }
    }
    return bits;
  }

  private static long all(Bounds r) {
    return bits(r.min(), r.max(), 1) | CronFields.STAR;
  }

  private static IllegalArgumentException error(String message) {
    return new IllegalArgumentException(message);
  }
}
