package io.rset.gotemplate.sprig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.gotemplate.fmt.GoTimeFormat;
import io.rset.gotemplate.func.FuncException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Go's time.ParseInLocation(layout, value, Local=UTC) as toDate/mustToDate use it. Expected values
 * come from the Go oracle: {@code TIME.String()|unixEpoch|toJson}, or the error text.
 */
class DateLayoutTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "2006-01-02",
            "2024-03-01",
            "2024-03-01 00:00:00 +0000 UTC|1709251200|\"2024-03-01T00:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02",
            "x",
            null,
            "parsing time \"x\" as \"2006-01-02\": cannot parse \"x\" as \"2006\""),
        Arguments.of(
            "2006-01-02", "2024-13-01", null, "parsing time \"2024-13-01\": month out of range"),
        Arguments.of(
            "2006-01-02", "2024-02-30", null, "parsing time \"2024-02-30\": day out of range"),
        Arguments.of(
            "2006-01-02",
            "2024-02-29",
            "2024-02-29 00:00:00 +0000 UTC|1709164800|\"2024-02-29T00:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02", "2023-02-29", null, "parsing time \"2023-02-29\": day out of range"),
        Arguments.of(
            "2006-01-02",
            "2024-03-01 extra",
            null,
            "parsing time \"2024-03-01 extra\": extra text: \" extra\""),
        Arguments.of(
            "2006-01-02",
            "2024/03/01",
            null,
            "parsing time \"2024/03/01\" as \"2006-01-02\": cannot parse \"/03/01\" as \"-\""),
        Arguments.of(
            "2006-01-02",
            "24-03-01",
            null,
            "parsing time \"24-03-01\" as \"2006-01-02\": cannot parse \"24-03-01\" as \"2006\""),
        Arguments.of(
            "2006-01-02",
            "2024-3-01",
            null,
            "parsing time \"2024-3-01\" as \"2006-01-02\": cannot parse \"3-01\" as \"01\""),
        Arguments.of(
            "2006-1-2",
            "2024-3-1",
            "2024-03-01 00:00:00 +0000 UTC|1709251200|\"2024-03-01T00:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02T15:04:05Z07:00",
            "2024-03-01T12:00:00Z",
            "2024-03-01 12:00:00 +0000 UTC|1709294400|\"2024-03-01T12:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02T15:04:05Z07:00",
            "2024-03-01T12:00:00+02:00",
            "2024-03-01 12:00:00 +0200 +0200|1709287200|\"2024-03-01T12:00:00+02:00\"",
            null),
        Arguments.of(
            "2006-01-02T15:04:05Z07:00",
            "2024-03-01T12:00:00-05:30",
            "2024-03-01 12:00:00 -0530 -0530|1709314200|\"2024-03-01T12:00:00-05:30\"",
            null),
        Arguments.of(
            "2006-01-02T15:04:05Z07:00",
            "2024-03-01T12:00:00+00:00",
            "2024-03-01 12:00:00 +0000 UTC|1709294400|\"2024-03-01T12:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02T15:04:05Z07:00",
            "2024-03-01T12:00:00.123456789Z",
            "2024-03-01 12:00:00.123456789 +0000 UTC|1709294400|\"2024-03-01T12:00:00.123456789Z\"",
            null),
        Arguments.of(
            "2006-01-02T15:04:05Z07:00",
            "2024-03-01T12:00:00.1234567891Z",
            "2024-03-01 12:00:00.123456789 +0000 UTC|1709294400|\"2024-03-01T12:00:00.123456789Z\"",
            null),
        Arguments.of(
            "2006-01-02T15:04:05Z07:00",
            "2024-03-01T24:00:00Z",
            null,
            "parsing time \"2024-03-01T24:00:00Z\": hour out of range"),
        Arguments.of(
            "2006-01-02T15:04:05Z07:00",
            "2024-03-01T12:60:00Z",
            null,
            "parsing time \"2024-03-01T12:60:00Z\": minute out of range"),
        Arguments.of(
            "2006-01-02T15:04:05Z07:00",
            "2024-03-01T12:00:60Z",
            null,
            "parsing time \"2024-03-01T12:00:60Z\": second out of range"),
        Arguments.of(
            "2006-01-02T15:04:05Z07:00",
            "2024-03-01T12:00:00+25:00",
            null,
            "parsing time \"2024-03-01T12:00:00+25:00\": time zone offset hour out of range"),
        Arguments.of(
            "2006-01-02T15:04:05Z07:00",
            "2024-03-01T12:00:00*02:00",
            null,
            "parsing time \"2024-03-01T12:00:00*02:00\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"*02:00\" as \"Z07:00\""),
        Arguments.of(
            "2006-01-02T15:04:05.999999999Z07:00",
            "2024-03-01T12:00:00.5+01:00",
            "2024-03-01 12:00:00.5 +0100 +0100|1709290800|\"2024-03-01T12:00:00.5+01:00\"",
            null),
        Arguments.of(
            "2006-01-02 15:04:05.000",
            "2024-03-01 10:11:12.123",
            "2024-03-01 10:11:12.123 +0000 UTC|1709287872|\"2024-03-01T10:11:12.123Z\"",
            null),
        Arguments.of(
            "2006-01-02 15:04:05.000",
            "2024-03-01 10:11:12.12",
            null,
            "parsing time \"2024-03-01 10:11:12.12\" as \"2006-01-02 15:04:05.000\": cannot parse \".12\" as \".000\""),
        Arguments.of(
            "2006-01-02 15:04:05,000",
            "2024-03-01 10:11:12,123",
            "2024-03-01 10:11:12.123 +0000 UTC|1709287872|\"2024-03-01T10:11:12.123Z\"",
            null),
        Arguments.of(
            "02 Jan 06 15:04 MST",
            "01 Mar 24 10:11 PST",
            "2024-03-01 10:11:00 +0000 PST|1709287860|\"2024-03-01T10:11:00Z\"",
            null),
        Arguments.of(
            "02 Jan 06 15:04 MST",
            "01 Mar 24 10:11 UTC",
            "2024-03-01 10:11:00 +0000 UTC|1709287860|\"2024-03-01T10:11:00Z\"",
            null),
        Arguments.of(
            "02 Jan 06 15:04 MST",
            "01 Mar 24 10:11 GMT",
            "2024-03-01 10:11:00 +0000 GMT|1709287860|\"2024-03-01T10:11:00Z\"",
            null),
        Arguments.of(
            "02 Jan 06 15:04 MST",
            "01 Mar 24 10:11 GMT+3",
            "2024-03-01 13:11:00 +0300 GMT+3|1709287860|\"2024-03-01T13:11:00+03:00\"",
            null),
        Arguments.of(
            "02 Jan 06 15:04 MST",
            "01 Mar 24 10:11 CEST",
            "2024-03-01 10:11:00 +0000 CEST|1709287860|\"2024-03-01T10:11:00Z\"",
            null),
        Arguments.of(
            "02 Jan 06 15:04 MST",
            "01 Mar 24 10:11 ABCDEF",
            null,
            "parsing time \"01 Mar 24 10:11 ABCDEF\" as \"02 Jan 06 15:04 MST\": cannot parse \"ABCDEF\" as \"MST\""),
        Arguments.of(
            "02 Jan 06 15:04 MST",
            "01 Mar 24 10:11 +03",
            "2024-03-01 10:11:00 +0000 +03|1709287860|\"2024-03-01T10:11:00Z\"",
            null),
        Arguments.of(
            "02 Jan 06 15:04 -0700",
            "01 Mar 24 10:11 -0800",
            "2024-03-01 10:11:00 -0800 -0800|1709316660|\"2024-03-01T10:11:00-08:00\"",
            null),
        Arguments.of(
            "02 Jan 06 15:04 -0700",
            "01 Mar 24 10:11 +0000",
            "2024-03-01 10:11:00 +0000 UTC|1709287860|\"2024-03-01T10:11:00Z\"",
            null),
        Arguments.of(
            "02 Jan 06 15:04 -0700",
            "01 Mar 70 10:11 +0000",
            "1970-03-01 10:11:00 +0000 UTC|5134260|\"1970-03-01T10:11:00Z\"",
            null),
        Arguments.of(
            "Mon Jan _2 15:04:05 2006",
            "Fri Mar  1 10:11:12 2024",
            "2024-03-01 10:11:12 +0000 UTC|1709287872|\"2024-03-01T10:11:12Z\"",
            null),
        Arguments.of(
            "Mon Jan _2 15:04:05 2006",
            "Fri Mar 1 10:11:12 2024",
            "2024-03-01 10:11:12 +0000 UTC|1709287872|\"2024-03-01T10:11:12Z\"",
            null),
        Arguments.of(
            "Mon Jan _2 15:04:05 2006",
            "Fri Mar 11 10:11:12 2024",
            "2024-03-11 10:11:12 +0000 UTC|1710151872|\"2024-03-11T10:11:12Z\"",
            null),
        Arguments.of(
            "Mon Jan _2 15:04:05 2006",
            "fri mar 11 10:11:12 2024",
            "2024-03-11 10:11:12 +0000 UTC|1710151872|\"2024-03-11T10:11:12Z\"",
            null),
        Arguments.of(
            "Monday, 02-Jan-06 15:04:05 MST",
            "Friday, 01-Mar-24 10:11:12 UTC",
            "2024-03-01 10:11:12 +0000 UTC|1709287872|\"2024-03-01T10:11:12Z\"",
            null),
        Arguments.of(
            "Monday, 02-Jan-06",
            "Fooday, 01-Mar-24",
            null,
            "parsing time \"Fooday, 01-Mar-24\" as \"Monday, 02-Jan-06\": cannot parse \"Fooday, 01-Mar-24\" as \"Monday\""),
        Arguments.of(
            "January 2, 2006",
            "March 1, 2024",
            "2024-03-01 00:00:00 +0000 UTC|1709251200|\"2024-03-01T00:00:00Z\"",
            null),
        Arguments.of(
            "January 2, 2006",
            "Marc 1, 2024",
            null,
            "parsing time \"Marc 1, 2024\" as \"January 2, 2006\": cannot parse \"Marc 1, 2024\" as \"January\""),
        Arguments.of(
            "3:04PM",
            "3:04PM",
            "0000-01-01 15:04:00 +0000 UTC|-62167164960|\"0000-01-01T15:04:00Z\"",
            null),
        Arguments.of(
            "3:04PM",
            "12:04AM",
            "0000-01-01 00:04:00 +0000 UTC|-62167218960|\"0000-01-01T00:04:00Z\"",
            null),
        Arguments.of(
            "3:04PM",
            "12:04PM",
            "0000-01-01 12:04:00 +0000 UTC|-62167175760|\"0000-01-01T12:04:00Z\"",
            null),
        Arguments.of("3:04PM", "13:04PM", null, "parsing time \"13:04PM\": hour out of range"),
        Arguments.of(
            "3:04pm",
            "3:04XM",
            null,
            "parsing time \"3:04XM\" as \"3:04pm\": cannot parse \"XM\" as \"pm\""),
        Arguments.of(
            "03:04:05 PM",
            "03:04:05 pm",
            null,
            "parsing time \"03:04:05 pm\" as \"03:04:05 PM\": cannot parse \"pm\" as \"PM\""),
        Arguments.of(
            "2006-002",
            "2024-061",
            "2024-03-01 00:00:00 +0000 UTC|1709251200|\"2024-03-01T00:00:00Z\"",
            null),
        Arguments.of(
            "2006-002",
            "2024-060",
            "2024-02-29 00:00:00 +0000 UTC|1709164800|\"2024-02-29T00:00:00Z\"",
            null),
        Arguments.of(
            "2006-002", "2023-366", null, "parsing time \"2023-366\": day-of-year out of range"),
        Arguments.of(
            "2006-002",
            "2024-366",
            "2024-12-31 00:00:00 +0000 UTC|1735603200|\"2024-12-31T00:00:00Z\"",
            null),
        Arguments.of(
            "2006-002", "2024-000", null, "parsing time \"2024-000\": day-of-year out of range"),
        Arguments.of(
            "2006 __2",
            "2024  61",
            "2024-03-01 00:00:00 +0000 UTC|1709251200|\"2024-03-01T00:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02 002",
            "2024-03-01 061",
            "2024-03-01 00:00:00 +0000 UTC|1709251200|\"2024-03-01T00:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02 002",
            "2024-03-02 061",
            null,
            "parsing time \"2024-03-02 061\": day-of-year does not match day"),
        Arguments.of(
            "2006-01-02 002",
            "2024-04-01 061",
            null,
            "parsing time \"2024-04-01 061\": day-of-year does not match month"),
        Arguments.of(
            "06", "+1", "2001-01-01 00:00:00 +0000 UTC|978307200|\"2001-01-01T00:00:00Z\"", null),
        Arguments.of(
            "06", "-1", "1999-01-01 00:00:00 +0000 UTC|915148800|\"1999-01-01T00:00:00Z\"", null),
        Arguments.of(
            "2006",
            "-123",
            null,
            "parsing time \"-123\" as \"2006\": cannot parse \"-123\" as \"2006\""),
        Arguments.of(
            "2006",
            "0000",
            "0000-01-01 00:00:00 +0000 UTC|-62167219200|\"0000-01-01T00:00:00Z\"",
            null),
        Arguments.of(
            "2006",
            "\u00e9",
            null,
            "parsing time \"\\xc3\\xa9\" as \"2006\": cannot parse \"\\xc3\\xa9\" as \"2006\""),
        Arguments.of(
            "2006-01-02",
            "2024-01-0\u00e9",
            null,
            "parsing time \"2024-01-0\\xc3\\xa9\" as \"2006-01-02\": cannot parse \"0\\xc3\\xa9\" as \"02\""),
        Arguments.of(
            "2006-01-02  15",
            "2024-01-01 3",
            "2024-01-01 03:00:00 +0000 UTC|1704078000|\"2024-01-01T03:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02 15",
            "2024-01-01     3",
            "2024-01-01 03:00:00 +0000 UTC|1704078000|\"2024-01-01T03:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02 15",
            "2024-01-0115",
            null,
            "parsing time \"2024-01-0115\" as \"2006-01-02 15\": cannot parse \"15\" as \" \""),
        Arguments.of(
            "15:04:05",
            "10:11:12",
            "0000-01-01 10:11:12 +0000 UTC|-62167182528|\"0000-01-01T10:11:12Z\"",
            null),
        Arguments.of(
            "15:04:05",
            "10:11:12.999",
            "0000-01-01 10:11:12.999 +0000 UTC|-62167182528|\"0000-01-01T10:11:12.999Z\"",
            null),
        Arguments.of(
            "15:04:05 -07",
            "10:11:12 +05",
            "0000-01-01 10:11:12 +0500 +0500|-62167200528|\"0000-01-01T10:11:12+05:00\"",
            null),
        Arguments.of(
            "15:04:05 -07:00:00",
            "10:11:12 +05:30:15",
            "0000-01-01 10:11:12 +0530 +0530|-62167202343|\"0000-01-01T10:11:12+05:30\"",
            null),
        Arguments.of(
            "15:04:05 -070000",
            "10:11:12 +053015",
            "0000-01-01 10:11:12 +0530 +0530|-62167202343|\"0000-01-01T10:11:12+05:30\"",
            null),
        Arguments.of(
            "15:04:05 Z07",
            "10:11:12 Z",
            "0000-01-01 10:11:12 +0000 UTC|-62167182528|\"0000-01-01T10:11:12Z\"",
            null),
        Arguments.of(
            "15:04:05 Z0700",
            "10:11:12 -0130",
            "0000-01-01 10:11:12 -0130 -0130|-62167177128|\"0000-01-01T10:11:12-01:30\"",
            null),
        Arguments.of(
            "15:04:05 -0700",
            "10:11:12 -01:30",
            null,
            "parsing time \"10:11:12 -01:30\" as \"15:04:05 -0700\": cannot parse \"-01:30\" as \"-0700\""),
        Arguments.of(
            "2006-01-02T15:04:05.000000000",
            "2024-01-01T10:11:12.-12345678",
            null,
            "parsing time \"2024-01-01T10:11:12.-12345678\": fractional second out of range"),
        Arguments.of(
            "_2006",
            "_2024",
            "2024-01-01 00:00:00 +0000 UTC|1704067200|\"2024-01-01T00:00:00Z\"",
            null),
        Arguments.of(
            "Jan 2006",
            "Janx 2024",
            null,
            "parsing time \"Janx 2024\" as \"Jan 2006\": cannot parse \"x 2024\" as \" \""),
        Arguments.of("Mon", "Tuesday", null, "parsing time \"Tuesday\": extra text: \"sday\""),
        Arguments.of(
            "", "", "0000-01-01 00:00:00 +0000 UTC|-62167219200|\"0000-01-01T00:00:00Z\"", null),
        Arguments.of("", "x", null, "parsing time \"x\": extra text: \"x\""),
        Arguments.of(
            "hello",
            "hello",
            "0000-01-01 00:00:00 +0000 UTC|-62167219200|\"0000-01-01T00:00:00Z\"",
            null),
        Arguments.of(
            "hello",
            "help",
            null,
            "parsing time \"help\" as \"hello\": cannot parse \"p\" as \"hello\""),
        Arguments.of(
            "2006-01-02 MST -0700",
            "2024-01-01 PST -0800",
            "2024-01-01 00:00:00 -0800 PST|1704096000|\"2024-01-01T00:00:00-08:00\"",
            null),
        Arguments.of(
            "2006-01-02 MST -0700",
            "2024-01-01 UTC -0800",
            "2024-01-01 00:00:00 +0000 UTC|1704067200|\"2024-01-01T00:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02 -0700 MST",
            "2024-01-01 +0000 UTC",
            "2024-01-01 00:00:00 +0000 UTC|1704067200|\"2024-01-01T00:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02 -0700 MST",
            "2024-01-01 +0000 FOO",
            "2024-01-01 00:00:00 +0000 FOO|1704067200|\"2024-01-01T00:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02 .999",
            "2024-01-01 .5",
            "2024-01-01 00:00:00.5 +0000 UTC|1704067200|\"2024-01-01T00:00:00.5Z\"",
            null),
        Arguments.of(
            "2006-01-02 .999",
            "2024-01-01 ",
            "2024-01-01 00:00:00 +0000 UTC|1704067200|\"2024-01-01T00:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02 15:04:05.999",
            "2024-01-01 10:11:12",
            "2024-01-01 10:11:12 +0000 UTC|1704103872|\"2024-01-01T10:11:12Z\"",
            null),
        Arguments.of(
            "2006-01-02 15:04:05.999",
            "2024-01-01 10:11:12.123456",
            "2024-01-01 10:11:12.123456 +0000 UTC|1704103872|\"2024-01-01T10:11:12.123456Z\"",
            null),
        Arguments.of(
            "2006-01-02 15:04:05.000",
            "2024-01-01 10:11:12",
            null,
            "parsing time \"2024-01-01 10:11:12\" as \"2006-01-02 15:04:05.000\": cannot parse \"\" as \".000\""),
        Arguments.of(
            "2006-01-02\t15",
            "2024-01-01\t3",
            "2024-01-01 03:00:00 +0000 UTC|1704078000|\"2024-01-01T03:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02 15 ChST",
            "2024-01-01 3 ChST",
            "2024-01-01 03:00:00 +0000 UTC|1704078000|\"2024-01-01T03:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02 15 MST",
            "2024-01-01 3 WITA",
            "2024-01-01 03:00:00 +0000 WITA|1704078000|\"2024-01-01T03:00:00Z\"",
            null),
        Arguments.of(
            "2006-01-02 15 MST",
            "2024-01-01 3 WIBX",
            null,
            "parsing time \"2024-01-01 3 WIBX\" as \"2006-01-02 15 MST\": cannot parse \"WIBX\" as \"MST\""),
        Arguments.of(
            "2006-01-02 15 MST",
            "2024-01-01 3 AB",
            null,
            "parsing time \"2024-01-01 3 AB\" as \"2006-01-02 15 MST\": cannot parse \"AB\" as \"MST\""),
        Arguments.of(
            "2006-01-02 15 MST",
            "2024-01-01 3 GMT-24",
            null,
            "parsing time \"2024-01-01 3 GMT-24\": extra text: \"-24\""),
        Arguments.of(
            "2006-01-02 15 MST",
            "2024-01-01 3 GMT-23",
            "2023-12-31 04:00:00 -2300 GMT-23|1704078000|\"2023-12-31T04:00:00-23:00\"",
            null));
  }

  @ParameterizedTest(name = "{0} <- {1}")
  @MethodSource("cases")
  void parsesLikeGo(String layout, String value, String want, String wantError)
      throws FuncException {
    if (wantError != null) {
      assertThatThrownBy(() -> DateLayout.parse(layout, value))
          .isInstanceOf(FuncException.class)
          .hasMessage(wantError);
      return;
    }
    ZonedDateTime t = DateLayout.parse(layout, value);
    String[] parts = want.split("\\|");
    String goString = parts[0];
    // Zone names other than UTC and +hhmm cannot be kept in a ZonedDateTime: compare without.
    String goName = goString.substring(goString.lastIndexOf(' ') + 1);
    String got = goString(t);
    if (goString.contains(" -23") || goString.contains(" +23")) {
      // java.time offsets stop at 18 hours: only the instant is kept.
      assertThat(Long.toString(t.toEpochSecond())).isEqualTo(parts[1]);
      return;
    }
    if (goName.equals("UTC") || goName.matches("[+-]\\d{4}") || goName.equals("GMT")) {
      assertThat(got).isEqualTo(goString);
    } else {
      assertThat(got.substring(0, got.lastIndexOf(' ')))
          .isEqualTo(goString.substring(0, goString.lastIndexOf(' ')));
    }
    assertThat(Long.toString(t.toEpochSecond())).isEqualTo(parts[1]);
    assertThat('"' + DateFormat.marshalJson(t) + '"').isEqualTo(parts[2]);
  }

  @Test
  void longZoneOffsetsAndLongInputs() throws FuncException {
    // Go: 2024-01-01 03:00:00 +0300 GMT+00000000000000000000003
    ZonedDateTime gmt = DateLayout.parse("2006 MST", "2024 GMT+00000000000000000000003");
    assertThat(gmt.toEpochSecond()).isEqualTo(1704067200L);
    assertThat(gmt.getOffset().getTotalSeconds()).isEqualTo(3 * 3600);
    // Go: 2024-01-01 00:00:00 +0000 -0000000000000000000000012 (a name, offset 0)
    assertThat(DateLayout.parse("2006 MST", "2024 -0000000000000000000000012").toEpochSecond())
        .isEqualTo(1704067200L);
    // Linear in the input: 50,000 elements parse quickly.
    String layout = "2006 ".repeat(50_000);
    assertThat(DateLayout.parse(layout, "2024 ".repeat(50_000)).getYear()).isEqualTo(2024);
    assertThatThrownBy(() -> DateLayout.parse(layout, "2024 ".repeat(49_999)))
        .hasMessageEndingWith(": cannot parse \"\" as \"2006\"");
  }

  /** Go's Time.String() for the zones this engine produces. */
  static String goString(ZonedDateTime t) {
    StringBuilder b = new StringBuilder();
    GoTimeFormat.appendInt(b, t.getYear(), 4);
    b.append('-');
    GoTimeFormat.appendInt(b, t.getMonthValue(), 2);
    b.append('-');
    GoTimeFormat.appendInt(b, t.getDayOfMonth(), 2);
    b.append(' ');
    GoTimeFormat.appendInt(b, t.getHour(), 2);
    b.append(':');
    GoTimeFormat.appendInt(b, t.getMinute(), 2);
    b.append(':');
    GoTimeFormat.appendInt(b, t.getSecond(), 2);
    if (t.getNano() != 0) {
      StringBuilder f = new StringBuilder();
      GoTimeFormat.appendInt(f, t.getNano(), 9);
      b.append('.').append(f.toString().replaceAll("0+$", ""));
    }
    int off = t.getOffset().getTotalSeconds() / 60;
    String num =
        (off < 0 ? "-" : "+") + String.format("%02d%02d", Math.abs(off) / 60, Math.abs(off) % 60);
    b.append(' ').append(num).append(' ');
    ZoneId z = t.getZone();
    if (z.equals(ZoneOffset.UTC) || z.equals(DateZones.LOCAL)) {
      b.append("UTC");
    } else if (z instanceof ZoneOffset) {
      b.append(num);
    } else {
      b.append(z.getId());
    }
    return b.toString();
  }
}
