package io.rset.gotemplate.sprig;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The regex functions against 3,019 templates recorded from the Go oracle: RE2 syntax and its
 * errors, leftmost-first captures, empty matches in FindAll/Split/ReplaceAll, $ expansion, case
 * folding, Unicode classes, flags.
 */
class SprigRegexTest {
  static Stream<Arguments> cases() throws IOException {
    return OracleCases.load("/sprig/regex-oracle.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGo(OracleCases.Case c) {
    OracleCases.check(c);
  }
}
