package io.rset.platform.edit;

import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlScalar;
import io.rset.core.yaml.YamlSeq;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Writes a string as a YAML scalar in a wanted style, falling back to a quoted style when the
 * wanted one would change the value. Plain is used only when Flux's reader (go-yaml's YAML 1.1
 * rules, as core's {@link YamlReader} applies them) reads the text back as the same string, so
 * {@code 1.10}, {@code yes} or {@code null} are never written plain.
 */
final class Scalars {
  private static final YamlReader READER = new YamlReader();

  private Scalars() {}

  /**
   * {@code value} as a scalar in {@code style} where that style can hold it exactly, else in {@code
   * quoted} (single or double), else double-quoted.
   *
   * @param flow whether the scalar sits inside {@code [...]} or {@code {...}}
   */
  static String write(String value, ScalarStyle style, ScalarStyle quoted, boolean flow) {
    if (style == ScalarStyle.PLAIN && plainOk(value, flow)) {
      return value;
    }
    if (style == ScalarStyle.PLAIN) {
      style = quoted;
    }
    if (style == ScalarStyle.SINGLE_QUOTED && singleOk(value)) {
      return "'" + value.replace("'", "''") + "'";
    }
    return doubleQuoted(value);
  }

  /** True when {@code value} written plain reads back as this string. */
  static boolean plainOk(String value, boolean flow) {
    if (value.isEmpty()
        || !value.strip().equals(value)
        || value.contains(": ")
        || value.contains(" #")
        || value.endsWith(":")
        || "-?:,[]{}#&*!|>'\"%@`".indexOf(value.charAt(0)) >= 0) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
        return false;
      }
      if (c == '\t') {
        return false;
      }
      if (flow && ",[]{}".indexOf(c) >= 0) {
        return false;
      }
      if (Character.isSurrogate(c) && !validSurrogateAt(value, i)) {
        return false;
      }
    }
    return readsBack(value, flow);
  }

  private static boolean validSurrogateAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** Whether the plain text, read back the way Flux reads YAML, is the same string. */
  private static boolean readsBack(String value, boolean flow) {
    String text = flow ? "k: [" + value + "]\n" : "k: " + value + "\n";
    try {
      YamlNode n = READER.readSingle("scalar", text);
      if (!(n instanceof YamlMap m)) {
        return false;
      }
      YamlNode v = m.entries().get("k");
      if (flow) {
        if (!(v instanceof YamlSeq q) || q.items().size() != 1) {
          return false;
        }
        v = q.items().get(0);
      }
      return v instanceof YamlScalar s && value.equals(s.value());
    } catch (YamlException e) {
      return false;
    }
  }

  /** Single quotes hold printable text only (no line breaks, which would fold). */
  private static boolean singleOk(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20
          || c == 0x7f
          || (c >= 0x80 && c <= 0x9f)
          || c == 0x2028
          || c == 0x2029
          || c == 0xfeff
          || (Character.isSurrogate(c) && !validSurrogateAt(value, i))) {
        return false;
      }
    }
    return true;
  }

  /** A double-quoted scalar; escapes everything that is not printable. */
  static String doubleQuoted(String value) {
    StringBuilder b = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        case 0x85 -> b.append("\\N");
        case 0x2028 -> b.append("\\L");
        case 0x2029 -> b.append("\\P");
        default -> {
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0xfeff) {
            b.append(String.format("\\u%04x", (int) c));
          } else if (Character.isSurrogate(c) && !validSurrogateAt(value, i)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
