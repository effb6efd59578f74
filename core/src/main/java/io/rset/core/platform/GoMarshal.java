package io.rset.core.platform;

import io.rset.gotemplate.ExecException;
import io.rset.gotemplate.Template;
import io.rset.gotemplate.flux.FluxTemplates;
import java.util.HashMap;
import java.util.Map;

/**
 * Go's text forms of built objects: {@code sigs.k8s.io/yaml.Marshal} (what the Flux CLI prints,
 * spec §3.6) and {@code encoding/json} with two-space indentation and no HTML escaping.
 *
 * <p>Reaches the ported go-yaml emitter and Go's JSON encoder through the template engine's public
 * functions {@code mustToYaml} and {@code mustToJson} until the engine exposes them directly.
 * Parsed templates are immutable, so this class is thread-safe.
 */
final class GoMarshal {
  private static final Template TO_YAML = FluxTemplates.parse("<< mustToYaml inputs.v >>");
  private static final Template TO_JSON = FluxTemplates.parse("<< mustToJson inputs.v >>");

  private GoMarshal() {}

  /** sigs.k8s.io/yaml.Marshal of a plain Java value (map, list, String, Long, Double, Boolean). */
  static String yaml(Object v) {
    return run(TO_YAML, v);
  }

  /**
   * {@code json.Encoder} with {@code SetEscapeHTML(false)} and {@code SetIndent("", " ")}: keys
   * sorted, two-space indentation, a final newline.
   */
  static String json(Object v) {
    return indent(run(TO_JSON, v)) + "\n";
  }

  /** {@code encoding/json.Marshal}: compact, keys sorted, {@code <>&} escaped. */
  static String compactJson(Object v) {
    return run(TO_JSON, v);
  }

  private static String run(Template t, Object v) {
    Map<String, Object> in = new HashMap<>(2);
    in.put("v", FluxTemplates.toTemplateValue(v));
    try {
      return FluxTemplates.render(t, in);
    } catch (ExecException e) {
      throw new BuildFailure("cannot serialise the objects: " + e.getMessage(), null);
    }
  }

  /**
   * Go's {@code json.Indent} of compact JSON with prefix "" and indent " ", turning the HTML
   * escapes {@code \u003c}, {@code \u003e} and {@code \u0026} back into the characters (what {@code
   * SetEscapeHTML(false)} writes).
   */
  static String indent(String compact) {
    StringBuilder out = new StringBuilder(compact.length() * 2);
    int depth = 0;
    boolean needIndent = false;
    int n = compact.length();
    for (int i = 0; i < n; i++) {
      char c = compact.charAt(i);
      if (needIndent && c != ']' && c != '}') {
        newline(out, depth);
        needIndent = false;
      }
      switch (c) {
        case '"' -> i = copyString(compact, i, out);
        case '{', '[' -> {
          out.append(c);
          depth++;
          needIndent = true;
        }
        case '}', ']' -> {
          depth--;
          if (needIndent) {
            needIndent = false; // empty collection stays {} / []
          } else {
            newline(out, depth);
          }
          out.append(c);
        }
        case ',' -> {
          out.append(c);
          newline(out, depth);
        }
        case ':' -> out.append(": ");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static void newline(StringBuilder out, int depth) {
    out.append('\n');
    for (int d = 0; d < depth; d++) {
      out.append("  ");
    }
  }

  /** Copies the string literal starting at s[i]; returns the index of its closing quote. */
  private static int copyString(String s, int i, StringBuilder out) {
    out.append('"');
    int j = i + 1;
    while (true) {
      char c = s.charAt(j);
      if (c == '"') {
        out.append('"');
        return j;
      }
      if (c == '\\') {
        if (s.startsWith("u003c", j + 1)) {
          out.append('<');
          j += 6;
          continue;
        }
        if (s.startsWith("u003e", j + 1)) {
          out.append('>');
          j += 6;
          continue;
        }
        if (s.startsWith("u0026", j + 1)) {
          out.append('&');
          j += 6;
          continue;
        }
        out.append(c).append(s.charAt(j + 1));
        j += 2;
        continue;
      }
      out.append(c);
      j++;
    }
  }
}
