package io.rset.gotemplate.flux;

import io.rset.gotemplate.fmt.GoTimeFormat;
import io.rset.gotemplate.value.GoComplex;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoMap;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoTime;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import io.rset.gotemplate.value.Values;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code sigs.k8s.io/yaml.Marshal} (v1.6.0) of a template value: {@code encoding/json.Marshal},
 * then go-yaml v2 reads the JSON text back ({@code yaml.Unmarshal} into {@code interface{}}) and
 * writes it as YAML ({@code yaml.Marshal}).
 *
 * <p>No JSON text is built. A first walk in JSON text order finds the error Go would report: a JSON
 * marshaling error (NaN, infinities, complex numbers, out-of-range times) wins over any YAML error,
 * and among the errors go-yaml's reader and parser meet in the JSON text (raw control characters,
 * quoted keys longer than 1024 characters, keys or values spanning "lines" through a raw U+0085,
 * nesting deeper than 10000) the first one wins. The second walk emits the YAML: it applies what
 * the round trip does to values (numbers become int, uint64 or float64 scalars; strings lose
 * invalid UTF-16 and have raw U+0085 line breaks folded; time.Time and []byte become strings),
 * sorts map keys in go-yaml's order and drives a port of its emitter.
 */
final class SigsYaml {
  private SigsYaml() {}

  /** An error with exactly the text Go's {@code yaml.Marshal} returns. */
  static final class MarshalException extends Exception {
    private static final long serialVersionUID = 1L;

    MarshalException(String message) {
      super(message, null, false, false);
    }
  }

  private static final int MAX_FLOW_LEVEL = 10000;
  private static final int MAX_SIMPLE_KEY_LENGTH = 1024;
  private static final int NEL = 0x85;

  /**
   * Marshals v as sigs.k8s.io/yaml does.
   *
   * @param maxChars cap on the output (and on the walk of shared sub-values)
   * @throws MarshalException with Go's error text
   * @throws YamlEmitter.TooLarge when the result would exceed maxChars
   */
  static String marshal(Object v, long maxChars) throws MarshalException {
    Checker checker = new Checker(maxChars);
    String error = checker.check(v);
    if (error != null && checker.sawControl && checker.sawPositional) {
      // Which one go-yaml meets first depends on where they sit in the JSON text.
      error = GoJsonText.yamlError(GoJsonText.write(v));
    }
    if (error != null) {
      throw new MarshalException(error);
    }
    StringBuilder out = new StringBuilder(256);
    emit(v, new YamlEmitter(out, maxChars));
    return out.toString();
  }

  // ---- pass 1: errors ----

  /** Walks a value in JSON text order and finds the error Go reports, if any. */
  private static final class Checker {
    private final long maxNodes;
    private long nodes;
    private int lines; // raw U+0085 seen so far: go-yaml's line number
    private String yamlError;
    boolean sawControl;
    boolean sawPositional;

    Checker(long maxNodes) {
      this.maxNodes = maxNodes;
    }

    /** A pending step: a value at a nesting level, or a map key's checks. */
    private record Step(Object value, int level, boolean key) {}

    String check(Object root) throws MarshalException {
      ArrayDeque<Step> stack = new ArrayDeque<>();
      stack.push(new Step(root, 0, false));
      while (!stack.isEmpty()) {
        Step s = stack.pop();
        if (++nodes > maxNodes) {
          throw new YamlEmitter.TooLarge();
        }
        if (s.key()) {
          checkKey((String) s.value());
          continue;
        }
        Object v = s.value();
        if (v instanceof String str) {
          checkString(str);
        } else if (v instanceof Double d) {
          if (d.isNaN() || d.isInfinite()) {
            return "error marshaling into JSON: json: unsupported value: "
                + (d.isNaN() ? "NaN" : d > 0 ? "+Inf" : "-Inf");
          }
        } else if (v instanceof GoComplex c) {
          return "error marshaling into JSON: json: unsupported type: " + c.goType().name();
        } else if (v instanceof GoTime t) {
          int year = t.value().getYear();
          if (year < 0 || year > 9999) {
            return "error marshaling into JSON: json: error calling MarshalJSON for type"
                + " time.Time: Time.MarshalJSON: year outside of range [0,9999]";
          }
        } else if (v instanceof Map || v instanceof GoMap) {
          Map<String, Object> m = Values.asMap(v);
          enterCollection(s.level());
          List<String> keys = Values.sortedKeys(m);
          for (int i = keys.size() - 1; i >= 0; i--) {
            String k = keys.get(i);
            stack.push(new Step(m.get(k), s.level() + 1, false));
            stack.push(new Step(k, s.level() + 1, true));
          }
        } else if (v instanceof List || (v instanceof GoSlice gs && !isBytes(gs))) {
          List<Object> items = Values.asList(v);
          enterCollection(s.level());
          for (int i = items.size() - 1; i >= 0; i--) {
            stack.push(new Step(items.get(i), s.level() + 1, false));
          }
        } else if (!(v == null
            || v instanceof Boolean
            || v instanceof Long
            || v instanceof GoInt
            || v instanceof TypedNil
            || v instanceof GoSlice)) {
          return "error marshaling into JSON: json: unsupported type: " + typeName(v);
        }
      }
      return yamlError;
    }

    private void enterCollection(int level) {
      if (level + 1 > MAX_FLOW_LEVEL) {
        yamlFail(lines == 0 ? null : lines + 1, "exceeded max depth of " + MAX_FLOW_LEVEL);
      }
    }

    private void yamlFail(Integer line, String problem) {
      if (problem.startsWith("control")) {
        sawControl = true;
      } else {
        sawPositional = true;
      }
      if (yamlError == null) {
        yamlError = "yaml: " + (line == null ? "" : "line " + line + ": ") + problem;
      }
    }

    /** The reader's character check and the quoted-scalar scanner's document-indicator check. */
    private void checkString(String s) {
      int n = s.length();
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          if (c == 0x7F) {
            yamlFail(null, "control characters are not allowed");
          }
          continue;
        }
        if ((c >= 0x80 && c <= 0x9F && c != NEL) || c == 0xFFFE || c == 0xFFFF) {
          yamlFail(null, "control characters are not allowed");
        } else if (c == NEL) {
          lines++;
          if (documentIndicatorAt(s, i + 1)) {
            yamlFail(lines + 1, "found unexpected document indicator");
          }
        }
      }
    }

    private void checkKey(String k) {
      checkString(k);
      if (k.indexOf(NEL) >= 0 || jsonQuotedLength(k) > MAX_SIMPLE_KEY_LENGTH) {
        yamlFail(lines == 0 ? null : lines, "did not find expected ',' or '}'");
      }
    }
  }

  /** After a line break at i-1: "---" or "..." followed by a blank or a break. */
  private static boolean documentIndicatorAt(String s, int i) {
    if (i + 3 >= s.length()) {
      return false; // the closing quote follows
    }
    char a = s.charAt(i);
    if ((a != '-' && a != '.') || s.charAt(i + 1) != a || s.charAt(i + 2) != a) {
      return false;
    }
    char next = s.charAt(i + 3);
    return next == ' ' || next == NEL;
  }

  /** The number of characters of Go's JSON encoding of s, quotes included. */
  static int jsonQuotedLength(String s) {
    int len = 2;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t') {
        len += 2;
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
        len += 6;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        len += 1;
        i++;
      } else if (Character.isSurrogate(c)) {
        len += 6; // invalid UTF-8 in Go: \ufffd
      } else {
        len += 1;
      }
    }
    return len;
  }

  private static boolean isBytes(GoSlice s) {
    return s.goType().elem().equals(GoType.UINT8);
  }

  private static String typeName(Object v) {
    try {
      return GoType.of(v).name();
    } catch (IllegalArgumentException e) {
      return v.getClass().getSimpleName();
    }
  }

  // ---- pass 2: emitting ----

  /** A collection being emitted: its items (a sequence) or sorted keys and values (a mapping). */
  private static final class Frame {
    final boolean mapping;
    final List<Object> items;
    final int[][] keys;
    final String[] keyTexts;
    final Object[] values;
    int next;

    Frame(List<Object> items) {
      this.mapping = false;
      this.items = items;
      this.keys = null;
      this.keyTexts = null;
      this.values = null;
    }

    Frame(int[][] keys, String[] keyTexts, Object[] values) {
      this.mapping = true;
      this.items = null;
      this.keys = keys;
      this.keyTexts = keyTexts;
      this.values = values;
    }

    int size() {
      return mapping ? keys.length : items.size();
    }
  }

  private static void emit(Object root, YamlEmitter e) {
    ArrayDeque<Frame> stack = new ArrayDeque<>();
    Frame f = node(root, e);
    if (f != null) {
      stack.push(f);
    }
    while (!stack.isEmpty()) {
      Frame top = stack.peek();
      if (top.next == top.size()) {
        stack.pop();
        if (top.mapping) {
          e.mappingEnd();
        } else {
          e.sequenceEnd();
        }
        continue;
      }
      int i = top.next++;
      Frame child;
      if (top.mapping) {
        string(top.keys[i], e, top.keyTexts[i]);
        child = node(top.values[i], e);
      } else {
        child = node(top.items.get(i), e);
      }
      if (child != null) {
        stack.push(child);
      }
    }
    e.finish();
  }

  /** Emits a scalar, or starts a collection and returns its frame. */
  private static Frame node(Object v, YamlEmitter e) {
    if (v instanceof String s) {
      string(decodedString(s), e, s);
    } else if (v instanceof Map || v instanceof GoMap) {
      Map<String, Object> m = Values.asMap(v);
      e.mappingStart(m.isEmpty());
      return mappingFrame(m);
    } else if (v instanceof List || (v instanceof GoSlice gs && !isBytes(gs))) {
      List<Object> items = Values.asList(v);
      e.sequenceStart(items.isEmpty());
      return new Frame(items);
    } else if (v instanceof Long l) {
      plain(Long.toString(l), e);
    } else if (v instanceof GoInt i) {
      plain(i.toString(), e);
    } else if (v instanceof Double d) {
      plain(GoFloats.yamlNumber(d), e);
    } else if (v instanceof Boolean b) {
      plain(b ? "true" : "false", e);
    } else if (v instanceof GoTime t) {
      String text = GoTimeFormat.rfc3339Nano(t.value());
      string(text.codePoints().toArray(), e, text);
    } else if (v instanceof GoSlice bytes) {
      byte[] raw = new byte[bytes.items().size()];
      for (int i = 0; i < raw.length; i++) {
        raw[i] = (byte) ((GoInt) bytes.items().get(i)).value();
      }
      String text = Base64.getEncoder().encodeToString(raw);
      string(text.codePoints().toArray(), e, text);
    } else {
      plain("null", e); // nil, nil slices/maps/pointers
    }
    return null;
  }

  private static Frame mappingFrame(Map<String, Object> m) {
    int n = m.size();
    String[] keys = new String[n];
    int[][] cps = new int[n][];
    int i = 0;
    for (String k : m.keySet()) {
      keys[i] = k;
      cps[i] = decodedString(k);
      i++;
    }
    YamlKeyOrder.sort(keys, cps);
    Object[] values = new Object[n];
    for (int j = 0; j < n; j++) {
      values[j] = m.get(keys[j]);
    }
    return new Frame(cps, keys, values);
  }

  private static void plain(String text, YamlEmitter e) {
    e.scalar(text.codePoints().toArray(), YamlEmitter.Style.PLAIN);
  }

  /**
   * go-yaml v2's encoder for a string: literal if it has a newline, plain if it may be. {@code
   * text} is the string of {@code cps} when the caller has it, else null.
   */
  private static void string(int[] cps, YamlEmitter e, String text) {
    boolean newline = false;
    for (int c : cps) {
      if (c == '\n') {
        newline = true;
        break;
      }
    }
    YamlEmitter.Style style;
    if (newline) {
      style = YamlEmitter.Style.LITERAL;
    } else if (YamlResolve.canUsePlain(
        sameText(text, cps) ? text : new String(cps, 0, cps.length))) {
      style = YamlEmitter.Style.PLAIN;
    } else {
      style = YamlEmitter.Style.DOUBLE_QUOTED;
    }
    e.scalar(cps, style);
  }

  private static boolean sameText(String text, int[] cps) {
    if (text == null || text.length() != cps.length) {
      return false;
    }
    for (int i = 0; i < cps.length; i++) {
      if (text.charAt(i) != cps[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The string go-yaml reads back from Go's JSON encoding of s: unpaired surrogates (invalid UTF-8
   * in Go) become U+FFFD, and raw U+0085 characters (which JSON does not escape) are line breaks
   * inside a double-quoted scalar, folded with the spaces around them.
   */
  static int[] decodedString(String s) {
    int[] cps = new int[s.length()];
    int n = 0;
    boolean nel = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        cps[n++] = Character.toCodePoint(c, s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        cps[n++] = 0xFFFD;
      } else {
        nel |= c == NEL;
        cps[n++] = c;
      }
    }
    if (nel) {
      return foldLineBreaks(cps, n);
    }
    return n == cps.length ? cps : java.util.Arrays.copyOf(cps, n);
  }

  /** go-yaml's double-quoted scalar folding, where only spaces and U+0085 are raw whitespace. */
  private static int[] foldLineBreaks(int[] cps, int n) {
    int[] out = new int[n];
    int o = 0;
    int i = 0;
    while (true) {
      while (i < n && cps[i] != ' ' && cps[i] != NEL) {
        out[o++] = cps[i++];
      }
      if (i == n) {
        break;
      }
      boolean leadingBlanks = false;
      int whitespaces = 0;
      int trailingBreaks = 0;
      while (i < n && (cps[i] == ' ' || cps[i] == NEL)) {
        if (cps[i] == ' ') {
          if (!leadingBlanks) {
            whitespaces++;
          }
        } else if (!leadingBlanks) {
          whitespaces = 0;
          leadingBlanks = true;
        } else {
          trailingBreaks++;
        }
        i++;
      }
      if (leadingBlanks) {
        if (trailingBreaks == 0) {
          out[o++] = ' ';
        } else {
          for (int k = 0; k < trailingBreaks; k++) {
            out[o++] = '\n';
          }
        }
      } else {
        for (int k = 0; k < whitespaces; k++) {
          out[o++] = ' ';
        }
      }
    }
    return java.util.Arrays.copyOf(out, o);
  }
}
