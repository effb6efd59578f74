package io.rset.gotemplate.flux;

import io.rset.gotemplate.fmt.GoTimeFormat;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoMap;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoTime;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.Values;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The text of Go's {@code json.Marshal} for a value it can marshal, and go-yaml v2's reading of
 * that text as far as its errors go. Used only when a value holds both a raw control character and
 * another YAML reading error: which one go-yaml reports then depends on where they sit in the text,
 * because its reader checks characters a 512-byte chunk ahead of its scanner.
 */
final class GoJsonText {
  private GoJsonText() {}

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** A map (with its sorted keys) or a list being written. */
  private static final class Frame {
    final Map<String, Object> map;
    final List<String> keys;
    final List<Object> items;
    int next;

    Frame(Map<String, Object> map, List<Object> items) {
      this.map = map;
      this.keys = map == null ? null : Values.sortedKeys(map);
      this.items = items;
    }

    int size() {
      return map != null ? keys.size() : items.size();
    }
  }

  /** Go's json.Marshal text of v (with HTML escaping); v must be marshalable. */
  static String write(Object v) {
    StringBuilder b = new StringBuilder();
    java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>(); // nesting may be deep
    Frame root = open(b, v);
    if (root != null) {
      stack.push(root);
    }
    while (!stack.isEmpty()) {
      Frame top = stack.peek();
      if (top.next == top.size()) {
        stack.pop();
        b.append(top.map != null ? '}' : ']');
        continue;
      }
      int i = top.next++;
      if (i > 0) {
        b.append(',');
      }
      Object child;
      if (top.map != null) {
        String k = top.keys.get(i);
        quote(b, k);
        b.append(':');
        child = top.map.get(k);
      } else {
        child = top.items.get(i);
      }
      Frame f = open(b, child);
      if (f != null) {
        stack.push(f);
      }
    }
    return b.toString();
  }

  /** Writes a scalar, or the opening bracket of a collection and returns its frame. */
  private static Frame open(StringBuilder b, Object v) {
    if (v instanceof String s) {
      quote(b, s);
    } else if (v instanceof Map || v instanceof GoMap) {
      b.append('{');
      return new Frame(Values.asMap(v), null);
    } else if (v instanceof GoSlice s && s.goType().elem().equals(GoType.UINT8)) {
      byte[] raw = new byte[s.items().size()];
      for (int i = 0; i < raw.length; i++) {
        raw[i] = (byte) ((GoInt) s.items().get(i)).value();
      }
      b.append('"').append(Base64.getEncoder().encodeToString(raw)).append('"');
    } else if (v instanceof List || v instanceof GoSlice) {
      b.append('[');
      return new Frame(null, Values.asList(v));
    } else if (v instanceof Long || v instanceof GoInt || v instanceof Boolean) {
      b.append(v);
    } else if (v instanceof Double d) {
      b.append(number(d));
    } else if (v instanceof GoTime t) {
      b.append('"').append(GoTimeFormat.rfc3339Nano(t.value())).append('"');
    } else {
      b.append("null");
    }
    return null;
  }

  /** encoding/json's float64 text: 'f' between 1e-6 and 1e21, else 'e' with a short exponent. */
  static String number(double f) {
    double abs = Math.abs(f);
    if (abs == 0 || (abs >= 1e-6 && abs < 1e21)) {
      if (f == 0) {
        return 1 / f < 0 ? "-0" : "0";
      }
      GoFloats.Digits d = GoFloats.shortest(f);
      StringBuilder b = new StringBuilder();
      if (f < 0) {
        b.append('-');
      }
      String ds = d.digits();
      int p = d.pointPos();
      if (p <= 0) {
        b.append("0.").append("0".repeat(-p)).append(ds);
      } else if (p >= ds.length()) {
        b.append(ds).append("0".repeat(p - ds.length()));
      } else {
        b.append(ds, 0, p).append('.').append(ds, p, ds.length());
      }
      return b.toString();
    }
    String g = GoFloats.formatG(f); // 'e' form here: exponent < -4 or >= 21
    return g.replace("e-0", "e-");
  }

  private static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
            b.append("\\u00").append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
            if (c >= 0x2028) {
              b.setLength(b.length() - 4);
              b.append(c == 0x2028 ? "2028" : "2029");
            }
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            b.append("\\ufffd");
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  /**
   * The error go-yaml v2 reports reading this JSON text, or null. Positional errors (too deep, a
   * key that is no simple key, a document indicator after a raw U+0085) are met by the scanner,
   * which by then has decoded the text up to 3 characters past them; a raw control character is met
   * when the reader decodes the 512-byte chunk that holds it.
   */
  static String yamlError(String json) {
    final int maxLevel = 10000;
    int level = 0;
    int lines = 0;
    // Per container: true for an object. Keys alternate with values in objects.
    boolean[] isObject = new boolean[16];
    boolean[] expectKey = new boolean[16];
    int positional = -1;
    String positionalMessage = null;
    int control = -1;
    int controlChunkStart = -1;
    // Reader chunks: [chunkStartByte, chunkStartByte + 512).
    int chunkStartByte = 0;
    int chunkStartChar = 0;
    int bytePos = 0;
    int charIdx = 0;
    boolean inString = false;
    int escapeLeft = 0;
    boolean stringIsKey = false;
    int keyStart = -1;
    boolean keyHasBreak = false;
    boolean invalidKeyPending = false;
    for (int i = 0; i < json.length(); ) {
      int c = json.codePointAt(i);
      int chars = Character.charCount(c);
      int width = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (bytePos + width > chunkStartByte + 512) {
        chunkStartByte = bytePos;
        chunkStartChar = charIdx;
      }
      if (positional >= 0 && chunkStartChar > positional + 3) {
        break; // the scanner fails before the reader decodes this chunk
      }
      if (control < 0
          && (c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85) || c == 0xFFFE || c == 0xFFFF)) {
        control = charIdx;
        controlChunkStart = chunkStartChar;
      }
      if (positional < 0) {
        if (escapeLeft > 0) {
          escapeLeft--;
        } else if (inString) {
          if (c == '\\') {
            escapeLeft = json.charAt(i + 1) == 'u' ? 5 : 1;
          } else if (c == '"') {
            inString = false;
            if (stringIsKey) {
              invalidKeyPending = keyHasBreak || charIdx + 1 - keyStart > 1024;
            }
          } else if (c == 0x85) {
            lines++;
            keyHasBreak |= stringIsKey;
            if (documentIndicator(json, i + chars)) {
              positional = charIdx + 1;
              positionalMessage =
                  "yaml: line " + (lines + 1) + ": found unexpected document indicator";
            }
          }
        } else {
          switch (c) {
            case '{', '[' -> {
              level++;
              if (level > maxLevel) {
                positional = charIdx;
                positionalMessage =
                    "yaml: "
                        + (lines == 0 ? "" : "line " + (lines + 1) + ": ")
                        + "exceeded max depth of "
                        + maxLevel;
              }
              if (level >= isObject.length) {
                isObject = java.util.Arrays.copyOf(isObject, level * 2);
                expectKey = java.util.Arrays.copyOf(expectKey, level * 2);
              }
              isObject[level] = c == '{';
              expectKey[level] = c == '{';
            }
            case '}', ']' -> level--;
            case ',' -> expectKey[level] = isObject[level];
            case ':' -> {
              expectKey[level] = false;
              boolean invalid = invalidKeyPending;
              invalidKeyPending = false;
              if (invalid) {
                positional = charIdx;
                positionalMessage =
                    "yaml: "
                        + (lines == 0 ? "" : "line " + lines + ": ")
                        + "did not find expected ',' or '}'";
              }
            }
            case '"' -> {
              inString = true;
              stringIsKey = level > 0 && isObject[level] && expectKey[level];
              keyStart = charIdx;
              keyHasBreak = false;
            }
            default -> {}
          }
        }
      }
      i += chars;
      charIdx++;
      bytePos += width;
    }
    if (control >= 0 && (positional < 0 || controlChunkStart <= positional + 3)) {
      return "yaml: control characters are not allowed";
    }
    return positionalMessage;
  }

  private static boolean documentIndicator(String s, int i) {
    if (i + 3 >= s.length()) {
      return false;
    }
    char a = s.charAt(i);
    if ((a != '-' && a != '.') || s.charAt(i + 1) != a || s.charAt(i + 2) != a) {
      return false;
    }
    char next = s.charAt(i + 3);
    return next == ' ' || next == 0x85;
  }
}
