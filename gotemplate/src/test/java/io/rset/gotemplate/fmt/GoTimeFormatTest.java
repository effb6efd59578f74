package io.rset.gotemplate.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** GoTimeFormat against Go's time package (texts a template can reach checked with the oracle). */
class GoTimeFormatTest {

  @Test
  void rfc3339NanoTrimsFractionAndWritesTheOffsetWithAColon() {
    // Go: toJson (toDate "2006-01-02 15:04:05.000 -07:00" "2024-05-06 10:11:12.500 +02:00")
    ZonedDateTime t = ZonedDateTime.of(2024, 5, 6, 10, 11, 12, 500_000_000, ZoneOffset.ofHours(2));
    assertThat(GoTimeFormat.rfc3339Nano(t)).isEqualTo("2024-05-06T10:11:12.5+02:00");
    ZonedDateTime utc = ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    assertThat(GoTimeFormat.rfc3339Nano(utc)).isEqualTo("0001-01-01T00:00:00Z");
  }

  @Test
  void appendIntPadsAfterTheSign() {
    assertThat(GoTimeFormat.appendInt(new StringBuilder(), -5, 4).toString()).isEqualTo("-0005");
    assertThat(GoTimeFormat.appendInt(new StringBuilder(), 12345, 4).toString()).isEqualTo("12345");
    assertThat(GoTimeFormat.appendOffset(new StringBuilder(), -19800, false).toString())
        .isEqualTo("-0530");
    assertThat(GoTimeFormat.appendNanos(new StringBuilder(), 120_000).toString())
        .isEqualTo(".00012");
  }
}
