package io.rset.gotemplate.sprig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * duration, durationRound, mustDateModify and time.ParseDuration; expectations from the Go oracle.
 */
class DateDurationTest {

  static Stream<Arguments> modify() {
    return Stream.of(
        Arguments.of("36h", "2024-03-02 12:00:00 +0000 UTC", null),
        Arguments.of("-1.5h", "2024-02-29 22:30:00 +0000 UTC", null),
        Arguments.of("1h2m3s4ms5us6ns", "2024-03-01 01:02:03.004005006 +0000 UTC", null),
        Arguments.of("1d", null, "time: unknown unit \"d\" in duration \"1d\""),
        Arguments.of("", null, "time: invalid duration \"\""),
        Arguments.of("1", null, "time: missing unit in duration \"1\""),
        Arguments.of("0", "2024-03-01 00:00:00 +0000 UTC", null),
        Arguments.of("-0", "2024-03-01 00:00:00 +0000 UTC", null),
        Arguments.of("+0", "2024-03-01 00:00:00 +0000 UTC", null),
        Arguments.of("9999999999h", null, "time: invalid duration \"9999999999h\""),
        Arguments.of("2562047h", "2316-06-10 23:00:00 +0000 UTC", null),
        Arguments.of("2562048h", null, "time: invalid duration \"2562048h\""),
        Arguments.of("2562047h47m16.854775807s", "2316-06-10 23:47:16.854775807 +0000 UTC", null),
        Arguments.of(
            "2562047h47m16.854775808s",
            null,
            "time: invalid duration \"2562047h47m16.854775808s\""),
        Arguments.of("-2562047h47m16.854775808s", "1731-11-21 00:12:43.145224192 +0000 UTC", null),
        Arguments.of(".5s", "2024-03-01 00:00:00.5 +0000 UTC", null),
        Arguments.of("-.5s", "2024-02-29 23:59:59.5 +0000 UTC", null),
        Arguments.of(".s", null, "time: invalid duration \".s\""),
        Arguments.of("1.s", "2024-03-01 00:00:01 +0000 UTC", null),
        Arguments.of("1.5\u00b5s", "2024-03-01 00:00:00.0000015 +0000 UTC", null),
        Arguments.of("1.5\u03bcs", "2024-03-01 00:00:00.0000015 +0000 UTC", null),
        Arguments.of("3us", "2024-03-01 00:00:00.000003 +0000 UTC", null),
        Arguments.of("100ns", "2024-03-01 00:00:00.0000001 +0000 UTC", null),
        Arguments.of("1e3s", null, "time: unknown unit \"e\" in duration \"1e3s\""),
        Arguments.of("1h-1m", null, "time: unknown unit \"h-\" in duration \"1h-1m\""),
        Arguments.of("0.000000001s", "2024-03-01 00:00:00.000000001 +0000 UTC", null),
        Arguments.of("0.0000000001s", "2024-03-01 00:00:00 +0000 UTC", null),
        Arguments.of("1.99999999999999999999999s", "2024-03-01 00:00:02 +0000 UTC", null),
        Arguments.of("5m0.5s", "2024-03-01 00:05:00.5 +0000 UTC", null),
        Arguments.of("x", null, "time: invalid duration \"x\""),
        Arguments.of("1hh", null, "time: unknown unit \"hh\" in duration \"1hh\""),
        Arguments.of("+5s", "2024-03-01 00:00:05 +0000 UTC", null),
        Arguments.of("--5s", null, "time: invalid duration \"--5s\""),
        Arguments.of(" 5s", null, "time: invalid duration \" 5s\""));
  }

  @ParameterizedTest(name = "mustDateModify {0}")
  @MethodSource("modify")
  void mustDateModify(String fmt, String want, String wantError) throws FuncException {
    GoTime base = SprigDates.toDate("2006-01-02", "2024-03-01");
    if (wantError != null) {
      assertThatThrownBy(() -> SprigDates.dateModify(fmt, base)).hasMessage(wantError);
    } else {
      assertThat(DateLayoutTest.goString(SprigDates.dateModify(fmt, base).value())).isEqualTo(want);
    }
  }

  static Stream<Arguments> duration() {
    return Stream.of(
        Arguments.of("95", "1m35s"),
        Arguments.of("3600", "1h0m0s"),
        Arguments.of("-3600", "-1h0m0s"),
        Arguments.of("abc", "0s"),
        Arguments.of("9223372036854775807", "-1s"),
        Arguments.of("99999999999999999999", "-1s"),
        Arguments.of("+7", "7s"),
        Arguments.of("1.5", "0s"),
        Arguments.of(GoInt.of(95), "0s"),
        Arguments.of(3725L, "1h2m5s"),
        Arguments.of(90L, "1m30s"),
        Arguments.of(-90L, "-1m30s"),
        Arguments.of(0L, "0s"),
        Arguments.of(86400L, "24h0m0s"),
        Arguments.of(9223372036L, "2562047h47m16s"),
        Arguments.of(9223372037L, "-2562047h47m16.709551616s"),
        Arguments.of(null, "0s"),
        Arguments.of(1.5, "0s"));
  }

  @ParameterizedTest(name = "duration {0}")
  @MethodSource("duration")
  void duration(Object sec, String want) {
    assertThat(SprigDates.duration(sec)).isEqualTo(want);
  }

  static Stream<Arguments> durationRound() {
    return Stream.of(
        Arguments.of("2h10m5s", "2h"),
        Arguments.of(GoInt.of(3725), "0s"),
        Arguments.of("49h", "2d"),
        Arguments.of("1500h", "2mo"),
        Arguments.of("nonsense", "0s"),
        Arguments.of("8761h", "1y"),
        Arguments.of("8760h", "12mo"),
        Arguments.of("8760h1ns", "1y"),
        Arguments.of("-3h", "3h"),
        Arguments.of("1s", "0s"),
        Arguments.of("1.5s", "1s"),
        Arguments.of("61s", "1m"),
        Arguments.of("60s", "60s"),
        Arguments.of("-1ns", "0s"),
        Arguments.of(3725000000000L, "1h"),
        Arguments.of(Long.MIN_VALUE, "292y"),
        Arguments.of(null, "0s"),
        Arguments.of("720h1s", "1mo"),
        Arguments.of("24h1s", "1d"));
  }

  @ParameterizedTest(name = "durationRound {0}")
  @MethodSource("durationRound")
  void durationRound(Object d, String want) {
    assertThat(SprigDates.durationRound(d)).isEqualTo(want);
  }

  @Test
  void durationStringOfSmallUnits() {
    // Go: time.Duration(n).String()
    assertThat(DateDuration.format(1)).isEqualTo("1ns");
    assertThat(DateDuration.format(1500)).isEqualTo("1.5\u00b5s");
    assertThat(DateDuration.format(1_500_000)).isEqualTo("1.5ms");
    assertThat(DateDuration.format(-1_500_000_000L)).isEqualTo("-1.5s");
    assertThat(DateDuration.format(Long.MIN_VALUE)).isEqualTo("-2562047h47m16.854775808s");
  }

  @Test
  void roundToSeconds() {
    assertThat(DateDuration.round(1_499_999_999L, DateDuration.SECOND)).isEqualTo(1_000_000_000L);
    assertThat(DateDuration.round(1_500_000_000L, DateDuration.SECOND)).isEqualTo(2_000_000_000L);
    assertThat(DateDuration.round(-1_500_000_000L, DateDuration.SECOND)).isEqualTo(-2_000_000_000L);
    assertThat(DateDuration.round(Long.MAX_VALUE, DateDuration.SECOND)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void agoOfNowIsZero() {
    assertThat(SprigDates.ago(null)).isEqualTo("0s");
    assertThat(SprigDates.ago("not a time")).isEqualTo("0s");
    assertThat(SprigDates.ago(GoInt.of(0))).matches("\\d{6,}h\\d+m\\d+s");
    assertThat(SprigDates.ago(System.currentTimeMillis() / 1000 + 3600))
        .matches("-(59m\\d+s|1h0m0s)");
  }
}
