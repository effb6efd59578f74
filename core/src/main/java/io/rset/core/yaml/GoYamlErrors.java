package io.rset.core.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ParserException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Translates snakeyaml-engine's syntax errors into the texts go-yaml v2 (libyaml) gives for the
 * same input: {@code yaml: line <n>: <problem>}.
 *
 * <p>go-yaml's line rule: for scanner errors the 1-based line of the problem; for parser errors the
 * <em>0-based</em> line of the problem mark (so usually the line before the offending token),
 * falling back to the 0-based line of the context mark, and no line at all when both are 0.
 */
final class GoYamlErrors {
  private GoYamlErrors() {}

  /** A translated syntax error. */
  record Translated(String goText, String text, Position position) {}

  static Translated translate(YamlEngineException e, String file, int lineOffset) {
    if (e instanceof ReaderException) {
      String t = "yaml: control characters are not allowed";
      return new Translated(t, t, null);
    }
    if (!(e instanceof MarkedYamlEngineException m)) {
      String t = "yaml: " + oneLine(e.getMessage());
      return new Translated(t, t, null);
    }
    String problem = m.getProblem() == null ? "" : m.getProblem();
    String context = m.getContext() == null ? "" : m.getContext();
    String text = problemText(problem, context);
    Optional<Mark> pm = m.getProblemMark();
    Optional<Mark> cm = m.getContextMark();
    Position pos =
        pm.or(() -> cm)
            .map(mk -> new Position(file, mk.getLine() + 1 + lineOffset, mk.getColumn() + 1))
            .orElse(null);
    boolean parser =
        e instanceof ParserException || e.getClass().getSimpleName().equals("ComposerException");
    int line = 0;
    int problemLine = pm.map(Mark::getLine).orElse(0);
    int contextLine = cm.map(Mark::getLine).orElse(0);
    if (problemLine != 0) {
      line = parser ? problemLine : problemLine + 1;
    } else if (!parser) {
      line = 1;
    } else if (contextLine != 0) {
      line = contextLine;
    }
    String where = line != 0 ? "line " + line + ": " : "";
    return new Translated("yaml: " + where + text, "yaml: " + text, pos);
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "unknown problem parsing YAML content";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  static String problemText(String p, String context) {
    if (p.contains("(TAB)") || p.contains("\\t")) {
      return "found a tab character that violates indentation";
    }
    if (p.startsWith("found character") && p.contains("cannot start any token")) {
      return "found character that cannot start any token";
    }
    if (p.startsWith("mapping values are not allowed")) {
      return "mapping values are not allowed in this context";
    }
    if (p.startsWith("expected <block end>")) {
      if (context.contains("block mapping")) {
        return "did not find expected key";
      }
      return "did not find expected '-' indicator";
    }
    if (p.startsWith("expected ',' or ']'")) {
      return "did not find expected ',' or ']'";
    }
    if (p.startsWith("expected ',' or '}'")) {
      return "did not find expected ',' or '}'";
    }
    if (p.startsWith("expected a comment or a line break")) {
      return "did not find expected comment or line break";
    }
    if (p.startsWith("expected indentation indicator in the range 1-9, but found 0")) {
      return "found an indentation indicator equal to 0";
    }
    if (p.startsWith("expected chomping or indentation indicators")) {
      return "did not find expected comment or line break";
    }
    if (p.startsWith("unexpected character found")
        && (context.contains("alias") || context.contains("anchor"))) {
      return "did not find expected alphabetic or numeric character";
    }
    if (p.startsWith("expected alphabetic or numeric character")) {
      return "did not find expected alphabetic or numeric character";
    }
    if (p.startsWith("expected '>'")) {
      return "did not find the expected '>'";
    }
    if (p.startsWith("expected escape sequence of")) {
      return "did not find expected hexdecimal number"; // sic, libyaml's spelling
    }
    if (p.startsWith("found unknown escape character")) {
      return "found unknown escape character";
    }
    if (p.startsWith("found unexpected end of stream")) {
      return "found unexpected end of stream";
    }
    if (p.startsWith("could not find expected ':'")) {
      return "could not find expected ':'";
    }
    if (p.startsWith("expected '<document start>'") || p.startsWith("expected <document start>")) {
      return "did not find expected <document start>";
    }
    if (p.startsWith("expected the node content")) {
      return "did not find expected node content";
    }
    if (p.startsWith("found undefined tag handle")) {
      return "found undefined tag handle";
    }
    if (p.startsWith("expected a comment or a line break")) {
      return "did not find expected comment or line break";
    }
    if (p.startsWith("found unexpected document separator")) {
      return "found unexpected document indicator";
    }
    return oneLine(p);
  }
}
