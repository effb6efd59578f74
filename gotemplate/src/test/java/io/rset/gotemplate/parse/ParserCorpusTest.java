package io.rset.gotemplate.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.gotemplate.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs every conformance case through the parser alone: cases whose Go error is a parse error
 * ({@code template: resourceset:LINE: ...}, no column) must fail with exactly that text; all other
 * cases must parse.
 */
class ParserCorpusTest {
  /** The 177 function names of the Flux set-up (corpus README). */
  static final Set<String> FUNCTIONS =
      Set.of(
          ("add add1 adler32sum ago all and any append atoi b32dec b32enc b64dec b64enc base"
                  + " biggest call cat ceil chunk clean coalesce compact concat contains deepEqual"
                  + " default dict dig dir div duration durationRound empty eq ext fail first"
                  + " float64 floor fromJson ge get gt has hasKey hasPrefix hasSuffix hello html"
                  + " indent index initial inputs int int64 isAbs join js keys kindIs kindOf last le"
                  + " len list lower lt max maxf min minf mod mul mustAppend mustChunk mustCompact"
                  + " mustDateModify mustFirst mustFromJson mustHas mustInitial mustLast"
                  + " mustPrepend mustPush mustRegexFind mustRegexFindAll mustRegexMatch"
                  + " mustRegexReplaceAll mustRegexReplaceAllLiteral mustRegexSplit mustRest"
                  + " mustReverse mustSlice mustToDate mustToJson mustToPrettyJson mustToRawJson"
                  + " mustToYaml mustUniq mustWithout must_date_modify ne nindent not omit or"
                  + " osBase osClean osDir osExt osIsAbs pick pluck plural prepend print printf"
                  + " println push quote randInt regexFind regexFindAll regexMatch regexQuoteMeta"
                  + " regexReplaceAll regexReplaceAllLiteral regexSplit repeat replace rest"
                  + " reverse round seq set sha1sum sha256sum slice slugify sortAlpha split"
                  + " splitList splitn squote sub substr ternary title toDate toDecimal toJson"
                  + " toPrettyJson toRawJson toString toStrings toYaml trim trimAll trimPrefix"
                  + " trimSuffix trimall trunc tuple typeIs typeIsLike typeOf uniq unixEpoch unset"
                  + " until untilStep upper urlJoin urlParse urlquery values without")
              .split(" "));

  private static final Pattern PARSE_ERROR = Pattern.compile("^template: resourceset:\\d+: .*");

  record Case(String file, String name, String template, List<String> delims, String wantError) {
    @Override
    public String toString() {
      return file + ":" + name;
    }
  }

  @SuppressWarnings("unchecked")
  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(ParserCorpusTest.class.getResource("/conformance/gotemplate").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    List<Arguments> out = new ArrayList<>();
    Load load = new Load(LoadSettings.builder().build());
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        for (Map<String, Object> m : (List<Map<String, Object>>) load.loadFromInputStream(in)) {
          out.add(
              Arguments.of(
                  new Case(
                      f.getFileName().toString(),
                      (String) m.get("name"),
                      (String) m.get("template"),
                      (List<String>) m.get("delims"),
                      (String) m.get("wantError"))));
        }
      }
    }
    assertThat(out).hasSize(1154);
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parsesLikeGo(Case c) {
    String left = c.delims() == null ? "<<" : c.delims().get(0);
    String right = c.delims() == null ? ">>" : c.delims().get(1);
    if (c.wantError() != null && PARSE_ERROR.matcher(c.wantError()).matches()) {
      assertThatThrownBy(
              () -> Parser.parse("resourceset", c.template(), left, right, FUNCTIONS::contains))
          .isInstanceOf(ParseException.class)
          .hasMessage(c.wantError());
    } else {
      Map<String, Tree> trees =
          Parser.parse("resourceset", c.template(), left, right, FUNCTIONS::contains);
      assertThat(trees).containsKey("resourceset");
    }
  }
}
