package io.rset.gotemplate.sprig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.MissingKey;
import io.rset.gotemplate.Template;
import io.rset.gotemplate.TemplateException;
import io.rset.gotemplate.TemplateOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Bounds: strings built by the functions are capped by {@link Limits#maxListSize()}; regular
 * expressions run in linear time and reject what Go rejects as too deep or too large (expected
 * texts from the Go oracle) without exhausting the Java stack.
 */
class SprigLimitsTest {
  private static final Limits SMALL = new Limits(100_000, 1 << 20, 10);

  private static String render(String src, Limits limits) {
    Template t =
        Template.parse(
            "resourceset",
            src,
            new TemplateOptions("<<", ">>", MissingKey.ERROR, limits),
            OracleCases.withTestHelpers(Sprig.hermetic(limits)));
    return t.render(null);
  }

  private static String error(String src, Limits limits) {
    try {
      return "output: " + render(src, limits);
    } catch (TemplateException e) {
      return e.getMessage();
    }
  }

  @Test
  void buildersWithinTheLimitWork() {
    assertThat(render("<< repeat 5 \"ab\" >>", SMALL)).isEqualTo("ababababab");
    assertThat(render("<< indent 2 \"abcdef\" >>", SMALL)).isEqualTo("  abcdef");
  }

  @Test
  void stringBuildersStopAtTheLimit() {
    assertThat(error("<< repeat 6 \"ab\" >>", SMALL))
        .endsWith("error calling repeat: string length 12 exceeds the limit 10");
    assertThat(error("<< repeat 9223372036854775807 \"ab\" >>", Limits.DEFAULT))
        .endsWith("error calling repeat: strings: Repeat output length overflow");
    assertThat(error("<< indent 3 \"a\\nb\\nc\" >>", SMALL))
        .endsWith("error calling indent: string length 14 exceeds the limit 10");
    assertThat(error("<< nindent 100000000000 \"a\" >>", SMALL))
        .endsWith("error calling nindent: string length 100000000000 exceeds the limit 10");
    assertThat(error("<< replace \"a\" \"xyz\" \"aaaa\" >>", SMALL))
        .endsWith("error calling replace: string length 12 exceeds the limit 10");
    assertThat(error("<< join \"----\" (list 1 2 3 4) >>", SMALL))
        .endsWith("error calling join: string length 16 exceeds the limit 10");
    assertThat(error("<< regexReplaceAll \"a\" \"aaaa\" \"xyz\" >>", SMALL))
        .contains("error calling regexReplaceAll: string length")
        .endsWith("exceeds the limit 10");
  }

  @Test
  void negativeCountsPanicAsInGo() {
    assertThat(error("<< repeat -1 \"ab\" >>", SMALL))
        .endsWith("error calling repeat: strings: negative Repeat count");
  }

  private static String mustMatch(String pattern) {
    return error("<< mustRegexMatch `" + pattern + "` \"a\" >>", Limits.DEFAULT);
  }

  @Test
  void deepOrLargeExpressionsAreRejectedLikeGo() {
    assertThat(mustMatch("(".repeat(20000)))
        .contains("error parsing regexp: missing closing ): `(((((");
    assertThat(mustMatch("(a".repeat(20000) + ")".repeat(20000)))
        .contains("error parsing regexp: expression nests too deeply: `(a(a(a");
    assertThat(mustMatch("(".repeat(999) + "a" + ")".repeat(999))).isEqualTo("output: true");
    assertThat(mustMatch("(".repeat(1001) + "a" + ")".repeat(1001)))
        .contains("error parsing regexp: expression nests too deeply: `((((");
    assertThat(mustMatch("(?:".repeat(1001) + "a" + ")".repeat(1001))).isEqualTo("output: true");
    assertThat(mustMatch("(?:a".repeat(4700) + ")".repeat(4700))).isEqualTo("output: false");
    assertThat(mustMatch("(?:a".repeat(4800) + ")".repeat(4800)))
        .contains("error parsing regexp: expression too large: `(?:a(?:a");
    assertThat(mustMatch("(?:".repeat(20000) + "a*" + ")*".repeat(20000)))
        .contains("error parsing regexp: expression nests too deeply: `(?:(?:");
    assertThat(mustMatch("[a-z]{1000}".repeat(4000)))
        .contains("error parsing regexp: expression too large: `[a-z]{1000}[a-z]{1000}");
    assertThat(mustMatch("(?:a{1000}b{1000}c{1000}d{1000}){3}"))
        .contains("error parsing regexp: invalid repeat count: `{3}`");
    assertThat(mustMatch("a|".repeat(20000))).isEqualTo("output: true");
  }

  @Test
  void matchingIsLinearInTheInput() throws RegexSyntaxError {
    String xs = "x".repeat(20000);
    assertThat(
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> RegexGo.compile("(x+x+)+y").matches(xs)))
        .isFalse();
    String ab = "ab".repeat(100_000);
    assertThat(RegexGo.compile("(a|b)*c").findString(ab)).isEmpty();
    assertThat(RegexGo.compile("((a|b)*)*$").findString(ab)).isEqualTo(ab);
  }

  @Test
  void compiledExpressionsAreCached() throws RegexSyntaxError {
    assertThat(RegexGo.compile("a+b")).isSameAs(RegexGo.compile("a+b"));
    assertThatThrownBy(() -> RegexGo.compile("(")).isInstanceOf(RegexSyntaxError.class);
    assertThatThrownBy(() -> RegexGo.compile("("))
        .hasMessage("error parsing regexp: missing closing ): `(`");
  }
}
