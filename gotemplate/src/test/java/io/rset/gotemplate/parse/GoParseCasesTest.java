package io.rset.gotemplate.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.gotemplate.ParseException;
import io.rset.gotemplate.value.Values;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Compares the parser with Go 1.23's text/template/parse on 656 inputs: the table inputs of Go's
 * own parse_test.go (parseTests, errorTests, numberTests, isEmptyTests) plus edge cases of lexing,
 * literals, lines, delimiters, definitions and errors. The expected values in go-parse-cases.json
 * were produced by running {@code parse.Parse("t", text, left, right, funcs)} in Go 1.23 and
 * recording each tree's {@code Root.String()}, the error text, and every NumberNode's fields
 * (floats as IEEE bits).
 */
class GoParseCasesTest {

  record Case(
      int index,
      String text,
      String left,
      String right,
      Set<String> funcs,
      Map<String, String> trees,
      String error,
      List<String> nums,
      List<String> nodes) {
    @Override
    public String toString() {
      return index + ": " + text.replace("\n", "\\n");
    }
  }

  @SuppressWarnings("unchecked")
  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in =
        GoParseCasesTest.class.getResourceAsStream("/parse/go-parse-cases.json")) {
      List<Map<String, Object>> raw =
          (List<Map<String, Object>>)
              new Load(LoadSettings.builder().build()).loadFromInputStream(in);
      int i = 0;
      for (Map<String, Object> m : raw) {
        out.add(
            Arguments.of(
                new Case(
                    i++,
                    (String) m.get("text"),
                    (String) m.get("left"),
                    (String) m.get("right"),
                    Set.copyOf((List<String>) m.get("funcs")),
                    (Map<String, String>) m.get("trees"),
                    (String) m.get("error"),
                    m.get("nums") == null ? List.of() : (List<String>) m.get("nums"),
                    m.get("nodes") == null ? List.of() : (List<String>) m.get("nodes"))));
      }
    }
    assertThat(out).hasSize(656);
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGo(Case c) {
    if (c.error() != null) {
      assertThatThrownBy(
              () -> Parser.parse("t", c.text(), c.left(), c.right(), c.funcs()::contains))
          .isInstanceOf(ParseException.class)
          .hasMessage(c.error());
      return;
    }
    Map<String, Tree> trees = Parser.parse("t", c.text(), c.left(), c.right(), c.funcs()::contains);
    Map<String, String> printed = new TreeMap<>();
    List<String> nums = new ArrayList<>();
    for (Map.Entry<String, Tree> e : trees.entrySet()) {
      assertThat(e.getValue().name()).isEqualTo(e.getKey());
      assertThat(e.getValue().parseName()).isEqualTo("t");
      assertThat(e.getValue().text()).isSameAs(c.text());
      printed.put(e.getKey(), e.getValue().root().toString());
    }
    assertThat(printed).isEqualTo(new TreeMap<>(c.trees()));
    List<String> nodes = new ArrayList<>();
    for (String name : new TreeMap<>(trees).keySet()) {
      collect(trees.get(name).root(), c.text(), nums, nodes);
    }
    assertThat(nums).containsExactlyElementsOf(c.nums());
    assertThat(nodes).containsExactlyElementsOf(c.nodes());
  }

  /** Go's byte offset of a char index. */
  private static int bytePos(String text, int pos) {
    return Values.utf8Length(text, 0, pos);
  }

  private static int line(Node n) {
    if (n instanceof ActionNode a) {
      return a.line();
    } else if (n instanceof PipeNode p) {
      return p.line();
    } else if (n instanceof IfNode b) {
      return b.line();
    } else if (n instanceof RangeNode b) {
      return b.line();
    } else if (n instanceof WithNode b) {
      return b.line();
    } else if (n instanceof TemplateNode t) {
      return t.line();
    } else if (n instanceof BreakNode b) {
      return b.line();
    } else if (n instanceof ContinueNode b) {
      return b.line();
    }
    return -1;
  }

  /** Walks like the Go generator: every visited node as *parse.TYPE@BYTEPOS:LINE. */
  private static void collect(Node n, String text, List<String> nums, List<String> nodes) {
    if (n == null) {
      return;
    }
    nodes.add(
        "*parse." + n.getClass().getSimpleName() + "@" + bytePos(text, n.pos()) + ":" + line(n));
    if (n instanceof ListNode l) {
      l.nodes().forEach(x -> collect(x, text, nums, nodes));
    } else if (n instanceof ActionNode a) {
      collect(a.pipe(), text, nums, nodes);
    } else if (n instanceof PipeNode p) {
      p.cmds().forEach(x -> collect(x, text, nums, nodes));
    } else if (n instanceof CommandNode cmd) {
      cmd.args().forEach(x -> collect(x, text, nums, nodes));
    } else if (n instanceof ChainNode ch) {
      collect(ch.node(), text, nums, nodes);
    } else if (n instanceof IfNode b) {
      collect(b.pipe(), text, nums, nodes);
      collect(b.list(), text, nums, nodes);
      collect(b.elseList(), text, nums, nodes);
    } else if (n instanceof RangeNode b) {
      collect(b.pipe(), text, nums, nodes);
      collect(b.list(), text, nums, nodes);
      collect(b.elseList(), text, nums, nodes);
    } else if (n instanceof WithNode b) {
      collect(b.pipe(), text, nums, nodes);
      collect(b.list(), text, nums, nodes);
      collect(b.elseList(), text, nums, nodes);
    } else if (n instanceof TemplateNode t) {
      collect(t.pipe(), text, nums, nodes);
    } else if (n instanceof NumberNode num) {
      nums.add(
          String.format(
              "%s|%b|%b|%b|%b|%d|%s|%016x|%016x|%016x|pos=%d",
              num.text(),
              num.isInt(),
              num.isUint(),
              num.isFloat(),
              num.isComplex(),
              num.int64(),
              Long.toUnsignedString(num.uint64()),
              Double.doubleToRawLongBits(num.float64()),
              Double.doubleToRawLongBits(num.complexReal()),
              Double.doubleToRawLongBits(num.complexImag()),
              bytePos(text, num.pos())));
    }
  }
}
