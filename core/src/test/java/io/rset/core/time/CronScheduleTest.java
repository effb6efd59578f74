package io.rset.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cron parser against robfig/cron v3: next activations (robfig's own TestNext/TestActivation
 * cases for the five-field parser, plus Europe/Berlin daylight-saving days worked through robfig's
 * algorithm), descriptors, {@code @every}, and robfig's error texts.
 */
class CronScheduleTest {
  private static final DateTimeFormatter OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

  private static Instant at(String text) {
    return text.endsWith("Z")
        ? Instant.parse(text)
        : OffsetDateTime.parse(text, OFFSET).toInstant();
  }

  static Stream<Arguments> nextActivations() {
    return Stream.of(
        // simple cases and wrap-arounds (robfig TestNext, seconds field dropped)
        Arguments.of("2012-07-09T14:45:00Z", "0/15 * * * *", "2012-07-09T15:00:00Z"),
        Arguments.of("2012-07-09T14:59:59Z", "0/15 * * * *", "2012-07-09T15:00:00Z"),
        Arguments.of("2012-07-09T15:45:00Z", "20-35/15 * * * *", "2012-07-09T16:20:00Z"),
        Arguments.of("2012-07-09T23:46:00Z", "*/15 * * * *", "2012-07-10T00:00:00Z"),
        Arguments.of("2012-07-09T23:45:00Z", "20-35/15 * * * *", "2012-07-10T00:20:00Z"),
        Arguments.of("2012-07-09T23:35:00Z", "0 0 9 Apr-Oct ?", "2012-08-09T00:00:00Z"),
        Arguments.of("2012-07-09T23:35:00Z", "0 0 */5 Apr,Aug,Oct Mon", "2012-08-01T00:00:00Z"),
        Arguments.of("2012-07-09T23:35:00Z", "0 0 */5 Oct Mon", "2012-10-01T00:00:00Z"),
        Arguments.of("2012-07-09T23:35:00Z", "0 0 * Feb Mon", "2013-02-04T00:00:00Z"),
        Arguments.of("2012-07-09T23:35:00Z", "0 0 * Feb Mon/2", "2013-02-01T00:00:00Z"),
        Arguments.of("2012-12-31T23:59:45Z", "* * * * *", "2013-01-01T00:00:00Z"),
        Arguments.of("2012-07-09T23:35:00Z", "0 0 29 Feb ?", "2016-02-29T00:00:00Z"),
        // America/New_York: 2am EST -> 3am EDT, then 2am EDT -> 1am EST (robfig TestNext)
        Arguments.of(
            "2012-03-11T00:00:00-0500",
            "TZ=America/New_York 30 2 11 Mar ?",
            "2013-03-11T02:30:00-0400"),
        Arguments.of(
            "2012-03-11T01:00:00-0500",
            "CRON_TZ=America/New_York 0 * * * ?",
            "2012-03-11T03:00:00-0400"),
        Arguments.of(
            "2012-03-11T00:00:00-0500",
            "TZ=America/New_York 0 2 * * ?",
            "2012-03-12T02:00:00-0400"),
        Arguments.of(
            "2012-11-04T01:45:00-0400",
            "TZ=America/New_York 30 1 04 Nov ?",
            "2012-11-04T01:30:00-0500"),
        Arguments.of(
            "2012-11-04T00:00:00-0400",
            "TZ=America/New_York 0 1 * * ?",
            "2012-11-04T01:00:00-0400"),
        Arguments.of(
            "2012-11-04T01:00:00-0400",
            "TZ=America/New_York 0 1 * * ?",
            "2012-11-04T01:00:00-0500"),
        Arguments.of(
            "2012-11-04T01:00:00-0500",
            "TZ=America/New_York 0 1 * * ?",
            "2012-11-05T01:00:00-0500"),
        Arguments.of(
            "2012-11-04T00:00:00-0400",
            "TZ=America/New_York 0 2 * * ?",
            "2012-11-04T02:00:00-0500"),
        Arguments.of(
            "2012-11-04T00:00:00-0400",
            "TZ=America/New_York 0 3 3 * ?",
            "2012-12-03T03:00:00-0500"),
        // midnight does not exist on DST days in Sao Paulo (robfig issue 157)
        Arguments.of(
            "2018-10-17T05:00:00-0400",
            "TZ=America/Sao_Paulo 0 9 10 * ?",
            "2018-11-10T06:00:00-0500"),
        Arguments.of(
            "2018-02-14T05:00:00-0500",
            "TZ=America/Sao_Paulo 0 9 22 * ?",
            "2018-02-22T07:00:00-0500"),
        // Europe/Berlin: 02:30 does not exist on 2024-03-31, and happens twice on 2024-10-27
        Arguments.of(
            "2024-03-30T12:00:00Z", "CRON_TZ=Europe/Berlin 30 2 * * *", "2024-04-01T00:30:00Z"),
        Arguments.of(
            "2024-03-30T12:00:00Z", "CRON_TZ=Europe/Berlin 0 * 31 3 *", "2024-03-30T23:00:00Z"),
        Arguments.of(
            "2024-03-31T00:00:00Z", "CRON_TZ=Europe/Berlin 0 * 31 3 *", "2024-03-31T01:00:00Z"),
        Arguments.of(
            "2024-10-26T12:00:00Z", "CRON_TZ=Europe/Berlin 30 2 * * *", "2024-10-27T00:30:00Z"),
        Arguments.of(
            "2024-10-27T00:30:00Z", "CRON_TZ=Europe/Berlin 30 2 * * *", "2024-10-27T01:30:00Z"),
        Arguments.of(
            "2024-10-27T01:30:00Z", "CRON_TZ=Europe/Berlin 30 2 * * *", "2024-10-28T01:30:00Z"),
        Arguments.of(
            "2024-06-01T12:00:00Z",
            "CRON_TZ=Europe/Berlin 0 9 * * MON-FRI",
            "2024-06-03T07:00:00Z"),
        Arguments.of(
            "2024-12-01T12:00:00Z",
            "CRON_TZ=Europe/Berlin 0 9 * * MON-FRI",
            "2024-12-02T08:00:00Z"),
        // day of month OR day of week when both are restricted; AND when either is a star
        Arguments.of("2024-01-01T00:00:00Z", "0 0 13 * FRI", "2024-01-05T00:00:00Z"),
        Arguments.of("2024-01-12T00:00:00Z", "0 0 13 * FRI", "2024-01-13T00:00:00Z"),
        Arguments.of("2024-01-01T00:00:00Z", "0 0 13 * *", "2024-01-13T00:00:00Z"),
        Arguments.of("2024-01-01T00:00:00Z", "0 0 * * FRI", "2024-01-05T00:00:00Z"),
        Arguments.of("2024-01-01T00:00:00Z", "0 0 13 * ?", "2024-01-13T00:00:00Z"),
        Arguments.of("2024-01-01T00:00:00Z", "0 0 */10 * SUN", "2024-01-07T00:00:00Z"),
        Arguments.of("2024-01-08T00:00:00Z", "0 0 */10 * SUN", "2024-01-11T00:00:00Z"),
        Arguments.of("2024-01-01T00:00:00Z", "0 0 * * */1", "2024-01-02T00:00:00Z"),
        // names, lists, ranges with steps, case-insensitive names
        Arguments.of(
            "2024-04-01T00:00:00Z", "15,45 8-18/5 * jan-mar,Dec *", "2024-12-01T08:15:00Z"),
        Arguments.of("2024-01-01T08:20:00Z", "15,45 8-18/5 * * *", "2024-01-01T08:45:00Z"),
        Arguments.of("2024-01-01T08:50:00Z", "15,45 8-18/5 * * *", "2024-01-01T13:15:00Z"),
        Arguments.of("2024-01-01T00:00:00Z", "0 0 1 */4 *", "2024-05-01T00:00:00Z"),
        Arguments.of("2024-01-01T00:00:00Z", "0 22 * * 6/3", "2024-01-06T22:00:00Z"),
        Arguments.of("2024-01-01T00:00:00Z", "*-5 0 * * *", "2024-01-01T00:01:00Z"),
        Arguments.of("2024-01-01T00:00:00Z", "5,,10 * * * *", "2024-01-01T00:05:00Z"),
        // descriptors
        Arguments.of("2024-01-03T10:00:00Z", "@weekly", "2024-01-07T00:00:00Z"),
        Arguments.of("2024-01-03T10:00:00Z", "@monthly", "2024-02-01T00:00:00Z"),
        Arguments.of("2024-01-03T10:00:00Z", "@yearly", "2025-01-01T00:00:00Z"),
        Arguments.of("2024-01-03T10:00:00Z", "@annually", "2025-01-01T00:00:00Z"),
        Arguments.of("2024-01-03T10:00:00Z", "@daily", "2024-01-04T00:00:00Z"),
        Arguments.of("2024-01-03T10:00:00Z", "@midnight", "2024-01-04T00:00:00Z"),
        Arguments.of("2024-01-03T10:20:00Z", "@hourly", "2024-01-03T11:00:00Z"),
        Arguments.of(
            "2024-01-01T00:00:00Z", "CRON_TZ=Asia/Tokyo @midnight", "2024-01-01T15:00:00Z"),
        Arguments.of("2024-01-01T00:00:00Z", "TZ=UTC  @hourly", "2024-01-01T01:00:00Z"),
        // @every: whole seconds, at least one second, from the given time's second
        Arguments.of("2024-01-01T00:00:00.500Z", "@every 90m", "2024-01-01T01:30:00Z"),
        Arguments.of("2024-01-01T00:00:00Z", "@every 1h30m10.9s", "2024-01-01T01:30:10Z"),
        Arguments.of("2024-01-01T00:00:00.250Z", "@every 500ms", "2024-01-01T00:00:01Z"),
        Arguments.of(
            "2024-01-01T00:00:00Z", "CRON_TZ=Europe/Berlin @every 24h", "2024-01-02T00:00:00Z"),
        // unsatisfiable within five years: robfig's zero time
        Arguments.of("2012-07-09T23:35:00Z", "0 0 30 Feb ?", null),
        Arguments.of("2012-07-09T23:35:00Z", "0 0 31 Apr ?", null));
  }

  @ParameterizedTest(name = "{1} after {0}")
  @MethodSource("nextActivations")
  void nextActivation(String from, String spec, String want) {
    Instant next = CronSchedule.parse(spec).next(at(from));
    assertThat(next).isEqualTo(want == null ? null : at(want));
  }

  @Test
  void robfigActivationTable() {
    // robfig TestActivation: whether each time is itself an activation of the spec
    Object[][] cases = {
      {"2012-07-09T15:00:00Z", "0/15 * * * *", true},
      {"2012-07-09T15:40:00Z", "0/15 * * * *", false},
      {"2012-07-09T15:50:00Z", "5/15 * * * *", true},
      {"2012-07-15T15:00:00Z", "0/15 * * Jul *", true},
      {"2012-07-15T15:00:00Z", "0/15 * * Jun *", false},
      {"2012-07-15T08:30:00Z", "30 08 ? Jul Sun", true},
      {"2012-07-15T08:30:00Z", "30 08 15 Jul ?", true},
      {"2012-07-16T08:30:00Z", "30 08 ? Jul Sun", false},
      {"2012-07-16T08:30:00Z", "30 08 15 Jul ?", false},
      {"2012-07-09T15:04:00Z", "@hourly", false},
      {"2012-07-09T00:00:00Z", "@weekly", false},
      {"2012-07-08T00:00:00Z", "@weekly", true},
      {"2012-07-01T00:00:00Z", "@monthly", true},
      {"2012-07-15T00:00:00Z", "* * 1,15 * Sun", true},
      {"2012-06-15T00:00:00Z", "* * 1,15 * Sun", true},
      {"2012-08-01T00:00:00Z", "* * 1,15 * Sun", true},
      {"2012-07-15T00:00:00Z", "* * */10 * Sun", true},
      {"2012-07-15T00:00:00Z", "* * * * Mon", false},
      {"2012-07-09T00:00:00Z", "* * 1,15 * *", false},
      {"2012-07-15T00:00:00Z", "* * */2 * Sun", true},
    };
    for (Object[] c : cases) {
      Instant t = at((String) c[0]);
      boolean active = t.equals(CronSchedule.parse((String) c[1]).next(t.minusSeconds(1)));
      assertThat(active).as("%s at %s", c[1], c[0]).isEqualTo(c[2]);
    }
  }

  @Test
  void previousActivationIsTheLatestAtOrBeforeNow() {
    CronSchedule noon = CronSchedule.parse("0 12 * * *");
    assertThat(noon.previous(at("2024-01-02T11:00:00Z"))).isEqualTo(at("2024-01-01T12:00:00Z"));
    assertThat(noon.previous(at("2024-01-02T12:00:00Z"))).isEqualTo(at("2024-01-02T12:00:00Z"));
    assertThat(noon.previous(at("2024-01-02T12:00:00.700Z"))).isEqualTo(at("2024-01-02T12:00:00Z"));
    assertThat(CronSchedule.parse("@yearly").previous(at("2024-06-01T00:00:00Z")))
        .isEqualTo(at("2024-01-01T00:00:00Z"));
    assertThat(CronSchedule.parse("0 0 29 Feb *").previous(at("2027-01-01T00:00:00Z")))
        .isEqualTo(at("2024-02-29T00:00:00Z"));
    assertThat(CronSchedule.parse("@every 1h").previous(at("2024-01-01T10:00:00.500Z")))
        .isEqualTo(at("2024-01-01T10:00:00Z"));
    assertThat(CronSchedule.parse("0 0 30 Feb *").previous(at("2024-01-01T00:00:00Z"))).isNull();
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("", "empty spec string"),
        Arguments.of("* * * *", "expected exactly 5 fields, found 4: [* * * *]"),
        Arguments.of("0 0 * * * *", "expected exactly 5 fields, found 6: [0 0 * * * *]"),
        Arguments.of("xyz", "expected exactly 5 fields, found 1: [xyz]"),
        Arguments.of("CRON_TZ=UTC ", "expected exactly 5 fields, found 0: []"),
        Arguments.of("60 0 * * *", "end of range (60) above maximum (59): 60"),
        Arguments.of("0 24 * * *", "end of range (24) above maximum (23): 24"),
        Arguments.of("0 0 0 * *", "beginning of range (0) below minimum (1): 0"),
        Arguments.of("0 0 32 * *", "end of range (32) above maximum (31): 32"),
        Arguments.of("0 0 * 13 *", "end of range (13) above maximum (12): 13"),
        Arguments.of("0 0 * 0 *", "beginning of range (0) below minimum (1): 0"),
        Arguments.of("0 0 * * 7", "end of range (7) above maximum (6): 7"),
        Arguments.of("0 0 * * 5-60/2", "end of range (60) above maximum (6): 5-60/2"),
        Arguments.of("5-3 * * * *", "beginning of range (5) beyond end of range (3): 5-3"),
        Arguments.of("5--5 * * * *", "too many hyphens: 5--5"),
        Arguments.of("*//2 * * * *", "too many slashes: *//2"),
        Arguments.of("*/0 * * * *", "step of range should be a positive number: */0"),
        Arguments.of(
            "TZ=America/New_York 15/0 * * * *", "step of range should be a positive number: 15/0"),
        Arguments.of("*/-12 * * * *", "negative number (-12) not allowed: -12"),
        Arguments.of(
            "0 0 * * XYZ",
            "failed to parse int from XYZ: strconv.Atoi: parsing \"XYZ\": invalid syntax"),
        Arguments.of(
            "0 0 * jan-x *",
            "failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax"),
        Arguments.of(
            "-5 * * * *", "failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax"),
        Arguments.of(
            "*/ * * * *", "failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax"),
        Arguments.of(
            "1\u0001 * * * *",
            "failed to parse int from 1\u0001: strconv.Atoi: parsing \"1\\x01\": invalid syntax"),
        Arguments.of(
            "99999999999999999999 * * * *",
            "failed to parse int from 99999999999999999999: strconv.Atoi: parsing"
                + " \"99999999999999999999\": value out of range"),
        Arguments.of(
            "*/9223372036854775808 * * * *",
            "failed to parse int from 9223372036854775808: strconv.Atoi: parsing"
                + " \"9223372036854775808\": value out of range"),
        Arguments.of("@unrecognized", "unrecognized descriptor: @unrecognized"),
        Arguments.of("@Daily", "unrecognized descriptor: @Daily"),
        Arguments.of("@every", "unrecognized descriptor: @every"),
        Arguments.of(
            "@every Xm", "failed to parse duration @every Xm: time: invalid duration \"Xm\""),
        Arguments.of(
            "@every 1d",
            "failed to parse duration @every 1d: time: unknown unit \"d\" in duration \"1d\""),
        Arguments.of(
            "@every 10",
            "failed to parse duration @every 10: time: missing unit in duration \"10\""),
        Arguments.of(
            "CRON_TZ=Mars/Olympus 0 * * * *",
            "provided bad location Mars/Olympus: unknown time zone Mars/Olympus"),
        Arguments.of(
            "CRON_TZ=../etc/passwd 0 * * * *",
            "provided bad location ../etc/passwd: time: invalid location name"),
        Arguments.of(
            "CRON_TZ=UTC CRON_TZ=UTC 0 * * * *",
            "expected exactly 5 fields, found 6: [CRON_TZ=UTC 0 * * * *]"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("errors")
  void robfigErrorTexts(String spec, String message) {
    assertThatThrownBy(() -> CronSchedule.parse(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void goDurationErrorTexts() {
    assertThatThrownBy(() -> GoDuration.parse("1d"))
        .hasMessage("time: unknown unit \"d\" in duration \"1d\"");
    assertThatThrownBy(() -> GoDuration.parse("1"))
        .hasMessage("time: missing unit in duration \"1\"");
    assertThatThrownBy(() -> GoDuration.parse("1\u00e9"))
        .hasMessage("time: unknown unit \"\\xc3\\xa9\" in duration \"1\\xc3\\xa9\"");
    assertThatThrownBy(() -> GoDuration.parse("9999999999h"))
        .hasMessage("time: invalid duration \"9999999999h\"");
    assertThat(GoDuration.parse("1.5\u00b5s").toNanos()).isEqualTo(1500);
    assertThat(GoDuration.parse("-2562047h47m16.854775808s").toNanos()).isEqualTo(Long.MIN_VALUE);
  }
}
