package io.rset.gotemplate.sprig;

import io.rset.gotemplate.fmt.GoStrconv;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.value.GoComplex;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoTime;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import io.rset.gotemplate.value.Values;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Go's encoding/json Marshal over template values: map keys in byte order, Go's float and string
 * formats, optional HTML escaping, optional indentation (MarshalIndent with two spaces) and Go's
 * error texts. Iterative, so deep values cannot overflow the Java stack.
 */
final class JsonEncoder {
  /** Go starts detecting cycles in containers nested deeper than this (its ptrLevel). */
  private static final int START_DETECTING_CYCLES_AFTER = 1000;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final boolean escapeHtml;
  private final boolean indent;
  private final long maxChars;
  private final StringBuilder out = new StringBuilder();

  private JsonEncoder(boolean escapeHtml, boolean indent, long maxChars) {
    this.escapeHtml = escapeHtml;
    this.indent = indent;
    this.maxChars = maxChars;
  }

  /**
   * Marshals v as Go's json.Marshal (escapeHtml, no indent), json.MarshalIndent(v, "", " ")
   * (escapeHtml and indent) or an Encoder with SetEscapeHTML(false) (trailing newline trimmed).
   *
   * @param maxChars the output may not grow beyond this many chars
   * @throws FuncException with Go's message for unsupported values and types
   */
  static String encode(Object v, boolean escapeHtml, boolean indent, long maxChars)
      throws FuncException {
    JsonEncoder e = new JsonEncoder(escapeHtml, indent, maxChars);
    e.run(v);
    return e.out.toString();
  }

  /** An open array or object: its remaining elements. */
  private static final class Frame {
    final boolean object;
    final Iterator<String> keys;
    final Map<String, Object> map;
    final Iterator<Object> items;
    final Object container;
    boolean first = true;

    Frame(Object container, Map<String, Object> map) {
      this.object = true;
      this.container = container;
      this.map = map;
      this.keys = Values.sortedKeys(map).iterator();
      this.items = null;
    }

    Frame(Object container, List<Object> list) {
      this.object = false;
      this.container = container;
      this.map = null;
      this.keys = null;
      this.items = list.iterator();
    }
  }

  private void run(Object root) throws FuncException {
    Deque<Frame> stack = new ArrayDeque<>();
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    Object next = root;
    boolean haveNext = true;
    while (true) {
      if (haveNext) {
        haveNext = false;
        Frame f = open(next, stack.size(), seen);
        if (f != null) {
          stack.push(f);
        }
      }
      if (out.length() > maxChars) {
        throw new FuncException("json: output exceeds the limit of " + maxChars + " bytes");
      }
      Frame top = stack.peek();
      if (top == null) {
        return;
      }
      if (top.object ? top.keys.hasNext() : top.items.hasNext()) {
        if (!top.first) {
          out.append(',');
        }
        newline(stack.size());
        top.first = false;
        if (top.object) {
          String k = top.keys.next();
          string(k);
          out.append(indent ? ": " : ":");
          next = top.map.get(k);
        } else {
          next = top.items.next();
        }
        haveNext = true;
      } else {
        stack.pop();
        if (stack.size() >= START_DETECTING_CYCLES_AFTER) {
          seen.remove(top.container);
        }
        if (!top.first) {
          newline(stack.size());
        }
        out.append(top.object ? '}' : ']');
      }
    }
  }

  private void newline(int depth) {
    if (indent) {
      out.append('\n');
      for (int i = 0; i < depth; i++) {
        out.append("  ");
      }
    }
  }

  /** Writes a scalar, or the opening of a container and returns its frame. */
  private Frame open(Object v, int depth, IdentityHashMap<Object, Boolean> seen)
      throws FuncException {
    if (v == null || v instanceof TypedNil) {
      out.append("null");
      return null;
    }
    if (v instanceof String s) {
      string(s);
      return null;
    }
    if (v instanceof Boolean b) {
      out.append(b ? "true" : "false");
      return null;
    }
    if (v instanceof Long l) {
      out.append(l.longValue());
      return null;
    }
    if (v instanceof GoInt i) {
      out.append(i.toString());
      return null;
    }
    if (v instanceof Double d) {
      number(d);
      return null;
    }
    if (v instanceof GoTime t) {
      out.append('"').append(DateFormat.marshalJson(t.value())).append('"');
      return null;
    }
    if (v instanceof GoComplex) {
      throw new FuncException("json: unsupported type: complex128");
    }
    if (v instanceof GoSlice s && s.goType().elem().kind() == GoType.Kind.UINT8) {
      byte[] bytes = new byte[s.items().size()];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) ((GoInt) s.items().get(i)).value();
      }
      out.append('"').append(Base64.getEncoder().encodeToString(bytes)).append('"');
      return null;
    }
    Map<String, Object> map = Values.asMap(v);
    List<Object> list = map == null ? Values.asList(v) : null;
    if (map == null && list == null) {
      throw new FuncException("json: unsupported type: " + GoType.of(v).name());
    }
    if (depth >= START_DETECTING_CYCLES_AFTER) {
      if (seen.put(v, Boolean.TRUE) != null) {
        throw new FuncException(
            "json: unsupported value: encountered a cycle via " + GoType.of(v).name());
      }
    }
    if (map != null) {
      if (map.isEmpty()) {
        out.append("{}");
        unsee(v, depth, seen);
        return null;
      }
      out.append('{');
      return new Frame(v, map);
    }
    if (list.isEmpty()) {
      out.append("[]");
      unsee(v, depth, seen);
      return null;
    }
    out.append('[');
    return new Frame(v, list);
  }

  private static void unsee(Object v, int depth, IdentityHashMap<Object, Boolean> seen) {
    if (depth >= START_DETECTING_CYCLES_AFTER) {
      seen.remove(v);
    }
  }

  /** Go's floatEncoder for float64. */
  private void number(double f) throws FuncException {
    if (Double.isNaN(f) || Double.isInfinite(f)) {
      throw new FuncException(
          "json: unsupported value: " + (Double.isNaN(f) ? "NaN" : f > 0 ? "+Inf" : "-Inf"));
    }
    double abs = Math.abs(f);
    char fmt = 'f';
    if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
      fmt = 'e';
    }
    String s = GoStrconv.formatFloat(f, fmt, -1);
    if (fmt == 'e') {
      // clean up e-09 to e-9
      int n = s.length();
      if (n >= 4 && s.charAt(n - 4) == 'e' && s.charAt(n - 3) == '-' && s.charAt(n - 2) == '0') {
        s = s.substring(0, n - 2) + s.charAt(n - 1);
      }
    }
    out.append(s);
  }

  /** Go's appendString: a quoted JSON string. */
  private void string(String s) {
    out.append('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<', '>', '&' -> {
          if (escapeHtml) {
            unicodeEscape(c);
          } else {
            out.append(c);
          }
        }
        case '\u2028', '\u2029' -> unicodeEscape(c);
        default -> {
          if (c < 0x20) {
            unicodeEscape(c);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            // A lone surrogate is invalid UTF-8 to Go: it becomes U+FFFD.
            out.append("\\ufffd");
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private void unicodeEscape(char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xF])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }
}
