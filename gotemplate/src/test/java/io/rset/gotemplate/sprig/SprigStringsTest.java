package io.rset.gotemplate.sprig;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The string, encoding, path and URL functions against templates recorded from the Go oracle:
 * Unicode case mapping and spaces, byte-based trunc/substr, split variants, quoting, base64/base32
 * errors, path cleaning, URL parsing and joining, argument type errors.
 */
class SprigStringsTest {
  static Stream<Arguments> cases() throws IOException {
    return OracleCases.load("/sprig/strings-oracle.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGo(OracleCases.Case c) {
    OracleCases.check(c);
  }
}
