package io.rset.cluster.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RequestTokenTest {
  @Test
  void rfc3339NanoWithTrailingZerosDropped() {
    assertThat(RequestToken.format(ZonedDateTime.parse("2025-07-15T10:11:00.123456789Z")))
        .isEqualTo("2025-07-15T10:11:00.123456789Z");
    assertThat(RequestToken.format(ZonedDateTime.parse("2025-07-15T10:11:00.120Z")))
        .isEqualTo("2025-07-15T10:11:00.12Z");
    assertThat(RequestToken.format(ZonedDateTime.parse("2025-07-15T10:11:00Z")))
        .isEqualTo("2025-07-15T10:11:00Z");
  }

  @Test
  void localZoneOffsetAsPlusHoursColonMinutes() {
    Clock berlin = Clock.fixed(Instant.parse("2025-07-15T10:11:00.5Z"), ZoneId.of("Europe/Berlin"));
    assertThat(RequestToken.now(berlin)).isEqualTo("2025-07-15T12:11:00.5+02:00");
    Clock india = Clock.fixed(Instant.parse("2025-07-15T10:11:00Z"), ZoneId.of("Asia/Kolkata"));
    assertThat(RequestToken.now(india)).isEqualTo("2025-07-15T15:41:00+05:30");
    Clock west = Clock.fixed(Instant.parse("2025-01-15T10:11:00Z"), ZoneId.of("America/St_Johns"));
    assertThat(RequestToken.now(west)).isEqualTo("2025-01-15T06:41:00-03:30");
  }

  @Test
  void zeroOffsetIsZ() {
    Clock london = Clock.fixed(Instant.parse("2025-01-15T10:11:00Z"), ZoneId.of("Europe/London"));
    assertThat(RequestToken.now(london)).isEqualTo("2025-01-15T10:11:00Z");
    assertThat(RequestToken.now(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)))
        .isEqualTo("1970-01-01T00:00:00Z");
  }
}
