package io.rset.gotemplate.sprig;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.gotemplate.func.FuncException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * fromJson / mustFromJson: Go's json.Unmarshal into interface{}. Expectations from the Go oracle:
 * {@code printf "%T" v | toJson v} of the decoded value, or mustFromJson's error text.
 */
class JsonDecoderTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "{\"a\":1,\"b\":[true,null,2.5],\"c\":\"x\"}",
            "map[string]interface {}|{\"a\":1,\"b\":[true,null,2.5],\"c\":\"x\"}",
            null,
            "map[string]interface {}|{\"a\":1,\"b\":[true,null,2.5],\"c\":\"x\"}"),
        Arguments.of("[1,2]", "[]interface {}|[1,2]", null, "[]interface {}|[1,2]"),
        Arguments.of(
            "{\"n\": 1000000}",
            "map[string]interface {}|{\"n\":1000000}",
            null,
            "map[string]interface {}|{\"n\":1000000}"),
        Arguments.of(
            "1e400",
            null,
            "json: cannot unmarshal number 1e400 into Go value of type float64",
            "<nil>|null"),
        Arguments.of(
            "[1e400, 2]",
            null,
            "json: cannot unmarshal number 1e400 into Go value of type float64",
            "[]interface {}|[null,2]"),
        Arguments.of("-0", "float64|-0", null, "float64|-0"),
        Arguments.of("0.1", "float64|0.1", null, "float64|0.1"),
        Arguments.of("1E2", "float64|100", null, "float64|100"),
        Arguments.of("1e-7", "float64|1e-7", null, "float64|1e-7"),
        Arguments.of(
            "123456789012345678901234567890",
            "float64|1.2345678901234568e+29",
            null,
            "float64|1.2345678901234568e+29"),
        Arguments.of(
            "\"\\u00e9\\ud83d\\ude00\\u2028<>&\"",
            "string|\"\u00e9\ud83d\ude00\\u2028\\u003c\\u003e\\u0026\"",
            null,
            "string|\"\u00e9\ud83d\ude00\\u2028\\u003c\\u003e\\u0026\""),
        Arguments.of("\"\\ud800\"", "string|\"\ufffd\"", null, "string|\"\ufffd\""),
        Arguments.of("\"\\ud800\\u0041\"", "string|\"\ufffdA\"", null, "string|\"\ufffdA\""),
        Arguments.of(
            "\"\\udc00\\ud800\"", "string|\"\ufffd\ufffd\"", null, "string|\"\ufffd\ufffd\""),
        Arguments.of(
            "\"\\ud800\\udc00x\"", "string|\"\ud800\udc00x\"", null, "string|\"\ud800\udc00x\""),
        Arguments.of(
            "\"a\\/b\\\\c\\\"d\\b\\f\\n\\r\\t\"",
            "string|\"a/b\\\\c\\\"d\\b\\f\\n\\r\\t\"",
            null,
            "string|\"a/b\\\\c\\\"d\\b\\f\\n\\r\\t\""),
        Arguments.of(
            "\"\u00e9\ud83d\ude00\"",
            "string|\"\u00e9\ud83d\ude00\"",
            null,
            "string|\"\u00e9\ud83d\ude00\""),
        Arguments.of(
            "{\"a\":1,\"a\":2}",
            "map[string]interface {}|{\"a\":2}",
            null,
            "map[string]interface {}|{\"a\":2}"),
        Arguments.of("{}", "map[string]interface {}|{}", null, "map[string]interface {}|{}"),
        Arguments.of("[]", "[]interface {}|[]", null, "[]interface {}|[]"),
        Arguments.of("[[],{}]", "[]interface {}|[[],{}]", null, "[]interface {}|[[],{}]"),
        Arguments.of("  true  ", "bool|true", null, "bool|true"),
        Arguments.of("false", "bool|false", null, "bool|false"),
        Arguments.of("null", "<nil>|null", null, "<nil>|null"),
        Arguments.of("\"x\"", "string|\"x\"", null, "string|\"x\""),
        Arguments.of("", null, "unexpected end of JSON input", "<nil>|null"),
        Arguments.of(" ", null, "unexpected end of JSON input", "<nil>|null"),
        Arguments.of(
            "{bad",
            null,
            "invalid character 'b' looking for beginning of object key string",
            "<nil>|null"),
        Arguments.of("{\"a\" 1}", null, "invalid character '1' after object key", "<nil>|null"),
        Arguments.of(
            "{\"a\":1 \"b\"}",
            null,
            "invalid character '\"' after object key:value pair",
            "<nil>|null"),
        Arguments.of("[1 2]", null, "invalid character '2' after array element", "<nil>|null"),
        Arguments.of(
            "[1,]", null, "invalid character ']' looking for beginning of value", "<nil>|null"),
        Arguments.of(
            "{\"a\":1,}",
            null,
            "invalid character '}' looking for beginning of object key string",
            "<nil>|null"),
        Arguments.of(
            "tru", null, "invalid character ' ' in literal true (expecting 'e')", "<nil>|null"),
        Arguments.of(
            "nul", null, "invalid character ' ' in literal null (expecting 'l')", "<nil>|null"),
        Arguments.of(
            "fals", null, "invalid character ' ' in literal false (expecting 'e')", "<nil>|null"),
        Arguments.of(
            "trux", null, "invalid character 'x' in literal true (expecting 'e')", "<nil>|null"),
        Arguments.of(
            "1.",
            null,
            "invalid character ' ' after decimal point in numeric literal",
            "<nil>|null"),
        Arguments.of(
            "1.x",
            null,
            "invalid character 'x' after decimal point in numeric literal",
            "<nil>|null"),
        Arguments.of("-", null, "invalid character ' ' in numeric literal", "<nil>|null"),
        Arguments.of("-x", null, "invalid character 'x' in numeric literal", "<nil>|null"),
        Arguments.of("01", null, "invalid character '1' after top-level value", "<nil>|null"),
        Arguments.of(
            "1e", null, "invalid character ' ' in exponent of numeric literal", "<nil>|null"),
        Arguments.of(
            "1e+", null, "invalid character ' ' in exponent of numeric literal", "<nil>|null"),
        Arguments.of(
            "1ex", null, "invalid character 'x' in exponent of numeric literal", "<nil>|null"),
        Arguments.of("\"abc", null, "unexpected end of JSON input", "<nil>|null"),
        Arguments.of("\"a\\x\"", null, "invalid character 'x' in string escape code", "<nil>|null"),
        Arguments.of(
            "\"\\u12g4\"",
            null,
            "invalid character 'g' in \\u hexadecimal character escape",
            "<nil>|null"),
        Arguments.of("\"a\nb\"", null, "invalid character '\\n' in string literal", "<nil>|null"),
        Arguments.of("[1] x", null, "invalid character 'x' after top-level value", "<nil>|null"),
        Arguments.of("[1]]", null, "invalid character ']' after top-level value", "<nil>|null"),
        Arguments.of(
            "\u00e9",
            null,
            "invalid character '\u00c3' looking for beginning of value",
            "<nil>|null"),
        Arguments.of(
            "\001", null, "invalid character '\\x01' looking for beginning of value", "<nil>|null"),
        Arguments.of(
            "\u007f",
            null,
            "invalid character '\\x7f' looking for beginning of value",
            "<nil>|null"),
        Arguments.of(
            "\u00a0",
            null,
            "invalid character '\u00c2' looking for beginning of value",
            "<nil>|null"),
        Arguments.of(
            "'", null, "invalid character '\\'' looking for beginning of value", "<nil>|null"),
        Arguments.of("\"", null, "unexpected end of JSON input", "<nil>|null"),
        Arguments.of(
            "\\", null, "invalid character '\\\\' looking for beginning of value", "<nil>|null"),
        Arguments.of(
            "\u00ad",
            null,
            "invalid character '\u00c2' looking for beginning of value",
            "<nil>|null"),
        Arguments.of(
            "\ud83d\ude00",
            null,
            "invalid character '\u00f0' looking for beginning of value",
            "<nil>|null"),
        Arguments.of(
            "{\"a\":1}x", null, "invalid character 'x' after top-level value", "<nil>|null"),
        Arguments.of("[", null, "unexpected end of JSON input", "<nil>|null"),
        Arguments.of("{", null, "unexpected end of JSON input", "<nil>|null"),
        Arguments.of("{\"a\"", null, "unexpected end of JSON input", "<nil>|null"),
        Arguments.of("{\"a\":", null, "unexpected end of JSON input", "<nil>|null"),
        Arguments.of("[1,", null, "unexpected end of JSON input", "<nil>|null"),
        Arguments.of("1 2", null, "invalid character '2' after top-level value", "<nil>|null"),
        Arguments.of(
            ".5", null, "invalid character '.' looking for beginning of value", "<nil>|null"),
        Arguments.of(
            "+1", null, "invalid character '+' looking for beginning of value", "<nil>|null"),
        Arguments.of(
            "NaN", null, "invalid character 'N' looking for beginning of value", "<nil>|null"),
        Arguments.of("[-]", null, "invalid character ']' in numeric literal", "<nil>|null"),
        Arguments.of(
            "{\"a\":[1,{\"b\":}]}",
            null,
            "invalid character '}' looking for beginning of value",
            "<nil>|null"),
        Arguments.of("\t\n\r 1 \t", "float64|1", null, "float64|1"),
        Arguments.of(
            "\u2028",
            null,
            "invalid character '\u00e2' looking for beginning of value",
            "<nil>|null"),
        Arguments.of(
            "\u0085",
            null,
            "invalid character '\u00c2' looking for beginning of value",
            "<nil>|null"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cases")
  void decodesLikeGo(String json, String mustWant, String mustError, String fromWant)
      throws FuncException {
    JsonDecoder.Result r = JsonDecoder.unmarshal(json);
    assertThat(r.error()).isEqualTo(mustError);
    // fromJson ignores the error and keeps what was decoded.
    String got =
        SprigReflect.typeOf(r.value()) + "|" + JsonEncoder.encode(r.value(), true, false, 1 << 20);
    assertThat(got).isEqualTo(fromWant);
    if (mustError == null) {
      assertThat(got).isEqualTo(mustWant);
    }
  }
}
