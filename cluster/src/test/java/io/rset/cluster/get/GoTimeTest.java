package io.rset.cluster.get;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class GoTimeTest {
  @Test
  void utcAsGoPrintsIt() {
    assertThat(GoTime.format("2025-07-15T10:11:00Z", ZoneId.of("UTC")))
        .contains("2025-07-15 10:11:00 +0000 UTC");
    assertThat(GoTime.format("2025-07-15T10:11:00Z", ZoneOffset.UTC))
        .contains("2025-07-15 10:11:00 +0000 UTC");
  }

  @Test
  void localZoneWithAbbreviation() {
    assertThat(GoTime.format("2025-07-15T10:11:00Z", ZoneId.of("Europe/Berlin")))
        .contains("2025-07-15 12:11:00 +0200 CEST");
    assertThat(GoTime.format("2025-01-15T10:11:00Z", ZoneId.of("America/New_York")))
        .contains("2025-01-15 05:11:00 -0500 EST");
  }

  @Test
  void fractionWithoutTrailingZeros() {
    assertThat(GoTime.format("2025-07-15T10:11:00.120Z", ZoneId.of("UTC")))
        .contains("2025-07-15 10:11:00.12 +0000 UTC");
  }

  @Test
  void offsetTimestampsAreConverted() {
    assertThat(GoTime.format("2025-07-15T12:11:00+02:00", ZoneId.of("UTC")))
        .contains("2025-07-15 10:11:00 +0000 UTC");
  }

  @Test
  void unparsableIsEmpty() {
    assertThat(GoTime.format("yesterday", ZoneId.of("UTC"))).isEmpty();
    assertThat(GoTime.format("", ZoneId.of("UTC"))).isEmpty();
  }
}
