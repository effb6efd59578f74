package io.rset.gotemplate.flux;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for test data (YAML loaders limit implicit keys to 1024 characters, which
 * some cases exceed). Numbers follow the Kubernetes rule: integers are Long, others Double.
 */
final class MiniJson {
  private final String s;
  private int pos;

  private MiniJson(String s) {
    this.s = s;
  }

  static Object parse(String text) {
    MiniJson p = new MiniJson(text);
    Object v = p.value();
    p.ws();
    if (p.pos != text.length()) {
      throw new IllegalArgumentException("trailing data at " + p.pos);
    }
    return v;
  }

  private void ws() {
    while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private Object value() {
    ws();
    char c = s.charAt(pos);
    switch (c) {
      case '{' -> {
        pos++;
        Map<String, Object> m = new LinkedHashMap<>();
        ws();
        if (s.charAt(pos) == '}') {
          pos++;
          return m;
        }
        while (true) {
          ws();
          String k = string();
          ws();
          expect(':');
          m.put(k, value());
          ws();
          if (s.charAt(pos++) == '}') {
            return m;
          }
        }
      }
      case '[' -> {
        pos++;
        List<Object> l = new ArrayList<>();
        ws();
        if (s.charAt(pos) == ']') {
          pos++;
          return l;
        }
        while (true) {
          l.add(value());
          ws();
          if (s.charAt(pos++) == ']') {
            return l;
          }
        }
      }
      case '"' -> {
        return string();
      }
      default -> {
        if (s.startsWith("true", pos)) {
          pos += 4;
          return true;
        }
        if (s.startsWith("false", pos)) {
          pos += 5;
          return false;
        }
        if (s.startsWith("null", pos)) {
          pos += 4;
          return null;
        }
        int start = pos;
        while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
          pos++;
        }
        String num = s.substring(start, pos);
        if (num.contains(".") || num.contains("e") || num.contains("E")) {
          return Double.parseDouble(num);
        }
        return Long.parseLong(num);
      }
    }
  }

  private void expect(char c) {
    if (s.charAt(pos++) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + (pos - 1));
    }
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = s.charAt(pos++);
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = s.charAt(pos++);
      switch (e) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> b.append(e);
      }
    }
  }
}
