package io.rset.core.time;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;

/**
 * Fuzzes cron specs (optionally behind a {@code CRON_TZ=} prefix) and the activation search: the
 * only allowed failure is an {@link IllegalArgumentException} with a message; an activation is
 * strictly after its argument and on a whole second, and a previous activation is not after now.
 *
 * <p>Fuzz mode: {@code JAZZER_FUZZ=1 ./mvnw -pl core test -Dtest=CronScheduleFuzzTest}.
 */
class CronScheduleFuzzTest {
  private static final String[] ZONES = {
    "", "UTC", "Europe/Berlin", "America/Sao_Paulo", "Bad/Zone"
  };

  @FuzzTest(maxDuration = "2m")
  void parseAndSearch(FuzzedDataProvider data) {
    String zone = ZONES[data.consumeInt(0, ZONES.length - 1)];
    long seconds = data.consumeLong(0, 4_102_444_800L); // 1970 .. 2100
    String spec = data.consumeRemainingAsString();
    String full = zone.isEmpty() ? spec : "CRON_TZ=" + zone + " " + spec;
    CronSchedule schedule;
    try {
      schedule = CronSchedule.parse(full);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() == null || e.getMessage().isEmpty()) {
        throw new AssertionError("error without a message for " + full, e);
      }
      return;
    }
    Instant now = Instant.ofEpochSecond(seconds);
    Instant next = schedule.next(now);
    if (next != null && (!next.isAfter(now) || next.getNano() != 0)) {
      throw new AssertionError(full + ": next " + next + " after " + now);
    }
    Instant previous = schedule.previous(now);
    if (previous != null && previous.isAfter(now)) {
      throw new AssertionError(full + ": previous " + previous + " after " + now);
    }
  }
}
