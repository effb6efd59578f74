package io.rset.operator.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** spec.schedule validation texts and the may-run / next-activation rules of spec §5.6. */
class ProviderScheduleTest {
  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  private static Map<String, Object> item(String cron, String timeZone, String window) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cron", cron);
    if (timeZone != null) {
      m.put("timeZone", timeZone);
    }
    if (window != null) {
      m.put("window", window);
    }
    return m;
  }

  private static ProviderSchedule build(Map<?, ?>... items) throws Exception {
    return ProviderSchedule.build(List.of(items), TIMEOUT);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(
            List.of(item("0 * * * *", "UTC", "3m")),
            "failed to validate schedule[0]: a non-zero window (3m0s) must always be at least"
                + " twice the timeout (2m0s)"),
        Arguments.of(
            List.of(item("0 * * * *", "UTC", "1h"), item("0 * * * *", null, "-90m")),
            "failed to validate schedule[1]: negative window: -1h30m0s"),
        Arguments.of(
            List.of(item("0 * * *", "UTC", null)),
            "failed to validate schedule[0]: failed to parse cron spec '0 * * *' with timezone"
                + " 'UTC': expected exactly 5 fields, found 4: [0 * * *]"),
        Arguments.of(
            List.of(item("@daily", "Mars/Olympus", "1h")),
            "failed to validate schedule[0]: failed to parse cron spec '@daily' with timezone"
                + " 'Mars/Olympus': provided bad location Mars/Olympus: unknown time zone"
                + " Mars/Olympus"),
        Arguments.of(
            List.of(item("@every 1d", null, null)),
            "failed to validate schedule[0]: failed to parse cron spec '@every 1d': failed to"
                + " parse duration @every 1d: time: unknown unit \"d\" in duration \"1d\""),
        Arguments.of(
            List.of(item("0 0 * * 8", "", "0s")),
            "failed to validate schedule[0]: failed to parse cron spec '0 0 * * 8': end of range"
                + " (8) above maximum (6): 8"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("invalid")
  void invalidSchedulesNameTheItemAndTheReason(List<?> items, String message) {
    assertThatThrownBy(() -> ProviderSchedule.build(items, TIMEOUT))
        .isInstanceOf(ProviderSchedule.InvalidScheduleException.class)
        .hasMessage(message);
  }

  @Test
  void theWindowMustBeTwiceTheObjectsTimeout() throws Exception {
    List<?> items = List.of(item("0 * * * *", "UTC", "10m"));
    assertThat(ProviderSchedule.build(items, Duration.ofMinutes(5)).isEmpty()).isFalse();
    assertThatThrownBy(() -> ProviderSchedule.build(items, Duration.ofMinutes(6)))
        .hasMessage(
            "failed to validate schedule[0]: a non-zero window (10m0s) must always be at least"
                + " twice the timeout (6m0s)");
  }

  @Test
  void noScheduleOrAScheduleWithoutWindowAlwaysAllowsARun() throws Exception {
    assertThat(ProviderSchedule.build(null, TIMEOUT).allows(NOW)).isTrue();
    assertThat(ProviderSchedule.build(List.of(), TIMEOUT).isEmpty()).isTrue();
    assertThat(build(item("0 3 * * *", "UTC", "0s")).allows(NOW)).isTrue();
    assertThat(build(item("0 3 * * *", "UTC", "1h"), item("0 4 * * *", null, null)).allows(NOW))
        .isTrue();
  }

  @Test
  void aWindowAllowsARunOnlyWhenTheWholeTimeoutFitsBeforeItCloses() throws Exception {
    // previous activation 09:00, window until 10:00: 10:00 + 2m is not before 10:00
    assertThat(build(item("0 9 * * *", "UTC", "1h")).allows(NOW)).isFalse();
    // window until 10:02: the end, 10:02, must be strictly before it
    assertThat(build(item("0 9 * * *", "UTC", "62m")).allows(NOW)).isFalse();
    assertThat(build(item("0 9 * * *", "UTC", "62m1s")).allows(NOW)).isTrue();
    // Berlin 10:30 is 09:30 UTC in winter
    assertThat(build(item("30 10 * * *", "Europe/Berlin", "1h")).allows(NOW)).isTrue();
    assertThat(build(item("30 10 * * *", "Europe/Berlin", "30m")).allows(NOW)).isFalse();
    // either window may be the open one
    assertThat(build(item("0 3 * * *", "UTC", "1h"), item("0 9 * * *", "UTC", "2h")).allows(NOW))
        .isTrue();
  }

  @Test
  void theNextTriggerIsTheEarliestAcrossSchedulesAndFillsNextSchedule() throws Exception {
    ProviderSchedule s =
        build(item("0 12 * * *", "Europe/Berlin", "1h"), item("*/45 * * * *", null, null));
    ProviderSchedule.Trigger next = s.next(NOW);
    assertThat(next.when()).isEqualTo(Instant.parse("2025-03-01T10:45:00Z"));
    assertThat(next.status())
        .containsExactly(
            Map.entry("cron", "*/45 * * * *"),
            Map.entry("window", "0s"),
            Map.entry("when", "2025-03-01T10:45:00Z"));
    ProviderSchedule.Trigger later = s.next(Instant.parse("2025-03-01T10:50:00Z"));
    assertThat(later.status())
        .containsExactly(
            Map.entry("cron", "0 12 * * *"),
            Map.entry("timeZone", "Europe/Berlin"),
            Map.entry("window", "1h0m0s"),
            Map.entry("when", "2025-03-01T11:00:00Z"));
  }

  @Test
  void aScheduleThatNeverFiresReportsGosZeroTime() throws Exception {
    ProviderSchedule.Trigger next = build(item("0 0 30 2 *", "UTC", "1h")).next(NOW);
    assertThat(next.when()).isNull();
    assertThat(next.status()).containsEntry("when", "0001-01-01T00:00:00Z");
  }
}
