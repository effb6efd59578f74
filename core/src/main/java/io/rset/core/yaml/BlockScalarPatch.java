package io.rset.core.yaml;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * snakeyaml refuses a block scalar whose leading empty lines hold more spaces than its first
 * non-empty line ({@code the leading empty lines contain more spaces}); go-yaml (libyaml) instead
 * ends the scalar there, so it holds only those line breaks, and goes on parsing the less indented
 * line. This patch rewrites such a header ({@code |}, {@code >2-}, ...) as the double-quoted scalar
 * go-yaml would have read — {@code ""}, or one {@code \n} per empty line with keep chomping ({@code
 * +}) — on the same line, so every later line and position is unchanged.
 */
final class BlockScalarPatch {
  private static final String PROBLEM = "the leading empty lines contain more spaces";

  private BlockScalarPatch() {}

  /** The patched text, or null when {@code e} is not this refusal. */
  static String patch(String text, YamlEngineException e) {
    if (!(e instanceof MarkedYamlEngineException me)
        || me.getProblem() == null
        || !me.getProblem().strip().startsWith(PROBLEM)
        || me.getContextMark().isEmpty()
        || me.getProblemMark().isEmpty()) {
      return null;
    }
    int cp = me.getContextMark().get().getIndex();
    if (cp < 0 || cp >= text.codePointCount(0, text.length())) {
      return null;
    }
    int at = text.offsetByCodePoints(0, cp);
    char indicator = text.charAt(at);
    if (indicator != '|' && indicator != '>') {
      return null;
    }
    int end = at + 1;
    boolean keep = false;
    while (end < text.length() && "+-123456789".indexOf(text.charAt(end)) >= 0) {
      keep |= text.charAt(end) == '+';
      end++;
    }
    int breaks = me.getProblemMark().get().getLine() - me.getContextMark().get().getLine() - 1;
    if (breaks < 0) {
      return null;
    }
    String value = keep ? "\\n".repeat(breaks) : "";
    return text.substring(0, at) + '"' + value + '"' + text.substring(end);
  }
}
