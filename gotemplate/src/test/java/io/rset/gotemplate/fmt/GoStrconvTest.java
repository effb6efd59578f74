package io.rset.gotemplate.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GoStrconv against Go 1.23's strconv; expected values printed by the Go oracle. */
class GoStrconvTest {

  @Test
  void shortestDigitsWhereJavaToStringIsLonger() {
    // Java 17 prints 1.9999999999999998E23, 8.409999999999999E21, 4.9E-324, 2.82879384806159008E17.
    assertThat(GoStrconv.formatFloat(2e23, 'g', -1)).isEqualTo("2e+23");
    assertThat(GoStrconv.formatFloat(8.41e21, 'g', -1)).isEqualTo("8.41e+21");
    assertThat(GoStrconv.formatFloat(Double.MIN_VALUE, 'g', -1)).isEqualTo("5e-324");
    assertThat(GoStrconv.formatFloat(2.82879384806159e17, 'g', -1))
        .isEqualTo("2.82879384806159e+17");
    assertThat(GoStrconv.formatFloat(1e-323, 'g', -1)).isEqualTo("1e-323");
    assertThat(GoStrconv.formatFloat(Double.MIN_NORMAL, 'g', -1))
        .isEqualTo("2.2250738585072014e-308");
    assertThat(GoStrconv.formatFloat(Double.MAX_VALUE, 'g', -1))
        .isEqualTo("1.7976931348623157e+308");
    assertThat(GoStrconv.formatFloat(9.007199254740993e15, 'g', -1))
        .isEqualTo("9.007199254740992e+15");
  }

  @Test
  void roundsTheExactBinaryValueHalfToEven() {
    assertThat(GoStrconv.formatFloat(0.05, 'f', 1)).isEqualTo("0.1");
    assertThat(GoStrconv.formatFloat(0.15, 'f', 1)).isEqualTo("0.1");
    assertThat(GoStrconv.formatFloat(0.25, 'f', 1)).isEqualTo("0.2");
    assertThat(GoStrconv.formatFloat(1.005, 'f', 2)).isEqualTo("1.00");
    assertThat(GoStrconv.formatFloat(2.675, 'f', 2)).isEqualTo("2.67");
    assertThat(GoStrconv.formatFloat(0.5, 'f', 0)).isEqualTo("0");
    assertThat(GoStrconv.formatFloat(1.5, 'f', 0)).isEqualTo("2");
    assertThat(GoStrconv.formatFloat(1.0005, 'e', 3)).isEqualTo("1.000e+00");
    assertThat(GoStrconv.formatFloat(2.25, 'e', 1)).isEqualTo("2.2e+00");
  }

  @Test
  void formats() {
    assertThat(GoStrconv.formatFloat(1.0, 'b', -1)).isEqualTo("4503599627370496p-52");
    assertThat(GoStrconv.formatFloat(0.0, 'b', -1)).isEqualTo("0p-1074");
    assertThat(GoStrconv.formatFloat(1.0, 'x', -1)).isEqualTo("0x1p+00");
    assertThat(GoStrconv.formatFloat(-1.5, 'X', -1)).isEqualTo("-0X1.8P+00");
    assertThat(GoStrconv.formatFloat(1.5, 'x', 3)).isEqualTo("0x1.800p+00");
    assertThat(GoStrconv.formatFloat(0.000001234, 'G', -1)).isEqualTo("1.234E-06");
    assertThat(GoStrconv.formatFloat(1234567.0, 'f', -1)).isEqualTo("1234567");
    assertThat(GoStrconv.formatFloat(1234567.0, 'e', -1)).isEqualTo("1.234567e+06");
    assertThat(GoStrconv.formatFloat(-0.0, 'g', -1)).isEqualTo("-0");
    assertThat(GoStrconv.formatFloat(Double.POSITIVE_INFINITY, 'f', 2)).isEqualTo("+Inf");
    assertThat(GoStrconv.formatFloat(Double.NaN, 'e', -1)).isEqualTo("NaN");
    assertThat(GoStrconv.formatFloat(1e100, 'g', -1)).isEqualTo("1e+100");
  }

  @Test
  void quote() {
    assertThat(GoStrconv.quote("\u0007\b\f\n\r\t\u000b\\"))
        .isEqualTo("\"\\a\\b\\f\\n\\r\\t\\v\\\\\"");
    assertThat(GoStrconv.quote("\u0301x\u00ad\u2028")).isEqualTo("\"\u0301x\\u00ad\\u2028\"");
    assertThat(GoStrconv.quoteToASCII("\u65e5\u672c\udbff\udfff"))
        .isEqualTo("\"\\u65e5\\u672c\\U0010ffff\"");
    assertThat(GoStrconv.quote("\udb40\udc01")).isEqualTo("\"\\U000e0001\"");
    assertThat(GoStrconv.quote("a\"b\n")).isEqualTo("\"a\\\"b\\n\"");
    assertThat(GoStrconv.quote("h\u00e9llo")).isEqualTo("\"h\u00e9llo\"");
    assertThat(GoStrconv.quoteRune('A')).isEqualTo("'A'");
    assertThat(GoStrconv.quoteRune('\'')).isEqualTo("'\\''");
    assertThat(GoStrconv.quoteRune(0xD800)).isEqualTo("'\ufffd'");
    assertThat(GoStrconv.quoteRuneToASCII(0x2603)).isEqualTo("'\\u2603'");
    assertThat(GoStrconv.canBackquote("a\tb")).isTrue();
    assertThat(GoStrconv.canBackquote("a`b")).isFalse();
    assertThat(GoStrconv.canBackquote("\ufeff")).isFalse();
  }

  @Test
  void parseIntWithBasePrefixesAndUnderscores() {
    // Go: template literals 0x_1F, 0b101, 0o17, 017, 1_000 print 31 5 15 15 1000.
    assertThat(GoStrconv.parseInt("0x_1F", 0)).isEqualTo(new GoStrconv.ParsedInt(31, null));
    assertThat(GoStrconv.parseInt("0b101", 0).value()).isEqualTo(5);
    assertThat(GoStrconv.parseInt("0o17", 0).value()).isEqualTo(15);
    assertThat(GoStrconv.parseInt("017", 0).value()).isEqualTo(15);
    assertThat(GoStrconv.parseInt("-1_000", 0).value()).isEqualTo(-1000);
    assertThat(GoStrconv.parseInt("1__0", 0).error()).isEqualTo(GoStrconv.NumError.SYNTAX);
    // Underscores only with base 0.
    assertThat(GoStrconv.parseInt("1_0", 10).error()).isEqualTo(GoStrconv.NumError.SYNTAX);
    assertThat(GoStrconv.parseInt("0x10", 10).error()).isEqualTo(GoStrconv.NumError.SYNTAX);
  }

  @Test
  void parseIntClampsOnRangeErrors() {
    // Go: atoi "9223372036854775808" and "-9223372036854775809" give the bounds.
    assertThat(GoStrconv.atoi("9223372036854775808"))
        .isEqualTo(new GoStrconv.ParsedInt(Long.MAX_VALUE, GoStrconv.NumError.RANGE));
    assertThat(GoStrconv.atoi("-9223372036854775809"))
        .isEqualTo(new GoStrconv.ParsedInt(Long.MIN_VALUE, GoStrconv.NumError.RANGE));
    assertThat(GoStrconv.parseUint("18446744073709551615", 0))
        .isEqualTo(new GoStrconv.ParsedInt(-1L, null));
    assertThat(GoStrconv.parseUint("18446744073709551616", 0))
        .isEqualTo(new GoStrconv.ParsedInt(-1L, GoStrconv.NumError.RANGE));
    assertThat(GoStrconv.parseUint("-1", 0).error()).isEqualTo(GoStrconv.NumError.SYNTAX);
    assertThat(GoStrconv.parseInt("", 10).error()).isEqualTo(GoStrconv.NumError.SYNTAX);
  }

  @Test
  void parseFloatErrorsAndSpecials() {
    assertThat(GoStrconv.parseFloat("0x1p-2")).isEqualTo(new GoStrconv.ParsedFloat(0.25, null));
    assertThat(GoStrconv.parseFloat("-Inf").value()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(GoStrconv.parseFloat("1e999"))
        .isEqualTo(new GoStrconv.ParsedFloat(Double.POSITIVE_INFINITY, GoStrconv.NumError.RANGE));
    // Go: {{1_e999+2i}} fails with: strconv.ParseFloat: parsing "1_e999": invalid syntax
    GoStrconv.ParsedFloat bad = GoStrconv.parseFloat("1_e999");
    assertThat(bad.error().message("ParseFloat", "1_e999"))
        .isEqualTo("strconv.ParseFloat: parsing \"1_e999\": invalid syntax");
    assertThat(GoStrconv.parseFloat("0x1").ok()).isFalse();
  }
}
