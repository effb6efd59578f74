package io.rset.gotemplate.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.gotemplate.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Focused parser tests; expected values from Go's parse_test.go and Go 1.23 runs. */
class ParserTest {
  private static final Set<String> FUNCS = Set.of("printf", "contains", "inputs");

  private static Map<String, Tree> parse(String text) {
    return Parser.parse("t", text, null, null, FUNCS::contains);
  }

  /** Go's isEmptyTests. */
  static Stream<Arguments> isEmptyTests() {
    return Stream.of(
        Arguments.of("", true),
        Arguments.of("hello", false),
        Arguments.of(" \t\n \t\n", true),
        Arguments.of("{{/* comment */}}", true),
        Arguments.of("{{define \"x\"}}something{{end}}", true),
        Arguments.of("{{define `x`}}something{{end}}\n\n{{define `y`}}something{{end}}\n\n", true),
        Arguments.of(
            "{{define `x`}}something{{end}}\nx\n{{define `y`}}something{{end}}\ny\n", false),
        Arguments.of("{{define `x`}}something{{end}}{{if 3}}foo{{end}}", false));
  }

  @ParameterizedTest
  @MethodSource("isEmptyTests")
  void isEmptyLikeGo(String text, boolean empty) {
    assertThat(parse(text).get("t").isEmpty()).isEqualTo(empty);
  }

  @Test
  void unicodeSpaceIsEmptyText() {
    assertThat(parse("\u00a0\u3000\u2028\u0085\u000b\f").get("t").isEmpty()).isTrue();
    assertThat(parse("\u200b").get("t").isEmpty()).isFalse(); // zero-width space is not space
  }

  /** Go's TestBlock. */
  @Test
  void blockDefinesATemplate() {
    Map<String, Tree> trees = parse("a{{block \"inner\" .}}bar{{.}}baz{{end}}b");
    assertThat(trees.get("t").root()).hasToString("a{{template \"inner\" .}}b");
    assertThat(trees.get("inner").root()).hasToString("bar{{.}}baz");
    assertThat(trees.get("inner").parseName()).isEqualTo("t");
  }

  @Test
  void chainsFieldsAndVariablesHaveGoShapes() {
    ActionNode a = (ActionNode) parse("{{inputs.a.b}}").get("t").root().nodes().get(0);
    Node arg = a.pipe().cmds().get(0).args().get(0);
    assertThat(arg).isEqualTo(new ChainNode(8, new IdentifierNode(2, "inputs"), List.of("a", "b")));

    a = (ActionNode) parse("{{$x := 1}}{{$x.a.b}}").get("t").root().nodes().get(1);
    // Go gives a chained variable the position of its first field.
    assertThat(a.pipe().cmds().get(0).args().get(0))
        .isEqualTo(new VariableNode(15, List.of("$x", "a", "b")));

    a = (ActionNode) parse("{{.a.b}}").get("t").root().nodes().get(0);
    assertThat(a.pipe().cmds().get(0).args().get(0)).isEqualTo(new FieldNode(4, List.of("a", "b")));
  }

  @Test
  void nodesPrintWithBraceDelimitersWhateverTheSource() {
    Map<String, Tree> trees =
        Parser.parse(
            "t",
            "<<- $x := printf \"%d\" 1 ->> << if $x >>a<< else if 2 >>b<< end >>"
                + "<<range $i, $v := . >><<break>><<continue>><<end>>"
                + "<< with $x >>c<< else with 3 >>d<< else >>e<< end >><<template `x` (printf .).f>>",
            "<<",
            ">>",
            FUNCS::contains);
    assertThat(trees.get("t").root().toString())
        .isEqualTo(
            "{{$x := printf \"%d\" 1}}{{if $x}}a{{else}}{{if 2}}b{{end}}{{end}}"
                + "{{range $i, $v := .}}{{break}}{{continue}}{{end}}"
                + "{{with $x}}c{{else}}{{with 3}}d{{else}}e{{end}}{{end}}"
                + "{{template \"x\" (printf .).f}}");
  }

  @Test
  void commentAndStringNodesPrintTheirSource() {
    assertThat(new CommentNode(0, "/* hi */")).hasToString("{{/* hi */}}");
    assertThat(new StringNode(0, "`a\"b`", "a\"b")).hasToString("`a\"b`");
    assertThat(new TemplateNode(0, 1, "a\"\n", null)).hasToString("{{template \"a\\\"\\n\"}}");
    assertThat(new TextNode(0, "x\ny")).hasToString("x\ny");
  }

  @Test
  void stringLiteralsUnquoteLikeGo() {
    ActionNode a =
        (ActionNode)
            parse("{{printf \"\\xc3\\xa9\\u00e9\\101\\t\" `r\r\naw`}}")
                .get("t")
                .root()
                .nodes()
                .get(0);
    List<Node> args = a.pipe().cmds().get(0).args();
    assertThat(((StringNode) args.get(1)).text()).isEqualTo("ééA\t");
    assertThat(((StringNode) args.get(2)).text()).isEqualTo("r\naw"); // raw strings drop \r
  }

  @Test
  void charAndNumberValuesFollowNewNumber() {
    ActionNode a =
        (ActionNode) parse("{{printf 'é' 1e3 0x1p-2 2i}}").get("t").root().nodes().get(0);
    List<Node> args = a.pipe().cmds().get(0).args();
    // Positions are char indexes (Go's byte offsets are 9, 14, 18, 25: 'é' takes two bytes).
    assertThat(args.get(1))
        .isEqualTo(new NumberNode(9, true, true, true, false, 233, 233, 233.0, 0, 0, "'é'"));
    assertThat(args.get(2))
        .isEqualTo(new NumberNode(13, true, true, true, false, 1000, 1000, 1000.0, 0, 0, "1e3"));
    assertThat(args.get(3))
        .isEqualTo(new NumberNode(17, false, false, true, false, 0, 0, 0.25, 0, 0, "0x1p-2"));
    assertThat(args.get(4))
        .isEqualTo(new NumberNode(24, false, false, false, true, 0, 0, 0, 0, 2.0, "2i"));
  }

  @Test
  void errorsCarryGoLineAndDetail() {
    assertThatThrownBy(() -> parse("a\n{{/*\n*/}}\n{{nosuch}}"))
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              // The action is on line 4; Go does not count the newline inside the comment.
              assertThat(e.getMessage())
                  .isEqualTo("template: t:3: function \"nosuch\" not defined");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.detail()).isEqualTo("function \"nosuch\" not defined");
            });
  }

  @Test
  void breakIsAFunctionWhenDefined() {
    Map<String, Tree> trees =
        Parser.parse("t", "{{break 1}}", null, null, Set.of("break")::contains);
    assertThat(trees.get("t").root()).hasToString("{{break 1}}");
  }

  @Test
  void absurdNestingFailsCleanly() {
    String deep = "{{" + "(".repeat(200_000) + "1" + ")".repeat(200_000) + "}}";
    assertThatThrownBy(() -> parse(deep))
        .isInstanceOf(ParseException.class)
        .hasMessage("template: t: nesting too deep to parse");
  }
}
