package io.rset.gotemplate.sprig;

import io.rset.gotemplate.func.FuncException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's json.Unmarshal into an interface{}: the whole input is checked first by a port of Go's
 * scanner (same error texts, same nesting limit), then decoded into template values: objects become
 * {@link LinkedHashMap}s, arrays {@link ArrayList}s, every number a float64 ({@link Double}). Both
 * passes are iterative.
 */
final class JsonDecoder {
  private JsonDecoder() {}

  /** Go's maxNestingDepth. */
  static final int MAX_NESTING_DEPTH = 10000;

  /** The decoded value and the first error, as Go's Unmarshal leaves them. */
  record Result(Object value, String error) {}

  /** json.Unmarshal(s, &v): the value (possibly partial) and the error text or null. */
  static Result unmarshal(String s) {
    String syntax = new Scanner().check(s);
    if (syntax != null) {
      return new Result(null, syntax);
    }
    return new Decoder(s).decode();
  }

  /** json.Unmarshal for mustFromJson: the value, or the error as a FuncException. */
  static Object unmarshalOrThrow(String s) throws FuncException {
    Result r = unmarshal(s);
    if (r.error() != null) {
      throw new FuncException(r.error());
    }
    return r.value();
  }

  // ---- validation: Go's scanner state machine ----

  private static final int PARSE_OBJECT_KEY = 0;
  private static final int PARSE_OBJECT_VALUE = 1;
  private static final int PARSE_ARRAY_VALUE = 2;

  private enum State {
    BEGIN_VALUE_OR_EMPTY,
    BEGIN_VALUE,
    BEGIN_STRING_OR_EMPTY,
    BEGIN_STRING,
    END_VALUE,
    END_TOP,
    IN_STRING,
    IN_STRING_ESC,
    IN_STRING_ESC_U,
    IN_STRING_ESC_U1,
    IN_STRING_ESC_U12,
    IN_STRING_ESC_U123,
    NEG,
    ONE,
    ZERO,
    DOT,
    DOT0,
    E,
    E_SIGN,
    E0,
    T,
    TR,
    TRU,
    F,
    FA,
    FAL,
    FALS,
    N,
    NU,
    NUL
  }

  /** Go's scanner, fed one char at a time (a non-ASCII char stands for its UTF-8 bytes). */
  private static final class Scanner {
    private State state = State.BEGIN_VALUE;
    private int[] parseState = new int[16];
    private int depth;
    private boolean endTop;
    private String err;

    /** checkValid: the syntax error text, or null. */
    String check(String s) {
      int n = s.length();
      for (int i = 0; i < n && err == null; i++) {
        step(s.charAt(i), s, i);
      }
      if (err != null) {
        return err;
      }
      // eof
      if (endTop) {
        return null;
      }
      step(' ', s, n);
      if (endTop) {
        return null;
      }
      return err != null ? err : "unexpected end of JSON input";
    }

    private void error(char c, String s, int i, String context) {
      err = "invalid character " + quoteChar(firstByte(c, s, i)) + " " + context;
    }

    private void push(char c, String s, int i, int ps) {
      if (depth == parseState.length) {
        parseState = java.util.Arrays.copyOf(parseState, depth * 2);
      }
      parseState[depth++] = ps;
      if (depth > MAX_NESTING_DEPTH) {
        error(c, s, i, "exceeded max depth");
      }
    }

    private void pop() {
      depth--;
      if (depth == 0) {
        state = State.END_TOP;
        endTop = true;
      } else {
        state = State.END_VALUE;
      }
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isHex(char c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private void step(char c, String s, int i) {
      switch (state) {
        case BEGIN_VALUE_OR_EMPTY -> {
          if (isSpace(c)) {
            return;
          }
          if (c == ']') {
            endValue(c, s, i);
            return;
          }
          beginValue(c, s, i);
        }
        case BEGIN_VALUE -> beginValue(c, s, i);
        case BEGIN_STRING_OR_EMPTY -> {
          if (isSpace(c)) {
            return;
          }
          if (c == '}') {
            parseState[depth - 1] = PARSE_OBJECT_VALUE;
            endValue(c, s, i);
            return;
          }
          beginString(c, s, i);
        }
        case BEGIN_STRING -> beginString(c, s, i);
        case END_VALUE -> endValue(c, s, i);
        case END_TOP -> endTop(c, s, i);
        case IN_STRING -> {
          if (c == '"') {
            state = State.END_VALUE;
          } else if (c == '\\') {
            state = State.IN_STRING_ESC;
          } else if (c < 0x20) {
            error(c, s, i, "in string literal");
          }
        }
        case IN_STRING_ESC -> {
          switch (c) {
            case 'b', 'f', 'n', 'r', 't', '\\', '/', '"' -> state = State.IN_STRING;
            case 'u' -> state = State.IN_STRING_ESC_U;
            default -> error(c, s, i, "in string escape code");
          }
        }
        case IN_STRING_ESC_U, IN_STRING_ESC_U1, IN_STRING_ESC_U12, IN_STRING_ESC_U123 -> {
          if (!isHex(c)) {
            error(c, s, i, "in \\u hexadecimal character escape");
            return;
          }
          state =
              switch (state) {
                case IN_STRING_ESC_U -> State.IN_STRING_ESC_U1;
                case IN_STRING_ESC_U1 -> State.IN_STRING_ESC_U12;
                case IN_STRING_ESC_U12 -> State.IN_STRING_ESC_U123;
                default -> State.IN_STRING;
              };
        }
        case NEG -> {
          if (c == '0') {
            state = State.ZERO;
          } else if ('1' <= c && c <= '9') {
            state = State.ONE;
          } else {
            error(c, s, i, "in numeric literal");
          }
        }
        case ONE -> {
          if ('0' <= c && c <= '9') {
            return;
          }
          zero(c, s, i);
        }
        case ZERO -> zero(c, s, i);
        case DOT -> {
          if ('0' <= c && c <= '9') {
            state = State.DOT0;
          } else {
            error(c, s, i, "after decimal point in numeric literal");
          }
        }
        case DOT0 -> {
          if ('0' <= c && c <= '9') {
            return;
          }
          if (c == 'e' || c == 'E') {
            state = State.E;
            return;
          }
          endValue(c, s, i);
        }
        case E -> {
          if (c == '+' || c == '-') {
            state = State.E_SIGN;
            return;
          }
          eSign(c, s, i);
        }
        case E_SIGN -> eSign(c, s, i);
        case E0 -> {
          if ('0' <= c && c <= '9') {
            return;
          }
          endValue(c, s, i);
        }
        case T -> literal(c, s, i, 'r', State.TR, "in literal true (expecting 'r')");
        case TR -> literal(c, s, i, 'u', State.TRU, "in literal true (expecting 'u')");
        case TRU -> literal(c, s, i, 'e', State.END_VALUE, "in literal true (expecting 'e')");
        case F -> literal(c, s, i, 'a', State.FA, "in literal false (expecting 'a')");
        case FA -> literal(c, s, i, 'l', State.FAL, "in literal false (expecting 'l')");
        case FAL -> literal(c, s, i, 's', State.FALS, "in literal false (expecting 's')");
        case FALS -> literal(c, s, i, 'e', State.END_VALUE, "in literal false (expecting 'e')");
        case N -> literal(c, s, i, 'u', State.NU, "in literal null (expecting 'u')");
        case NU -> literal(c, s, i, 'l', State.NUL, "in literal null (expecting 'l')");
        case NUL -> literal(c, s, i, 'l', State.END_VALUE, "in literal null (expecting 'l')");
        default -> throw new IllegalStateException(state.toString());
      }
    }

    private void literal(char c, String s, int i, char want, State next, String context) {
      if (c == want) {
        state = next;
      } else {
        error(c, s, i, context);
      }
    }

    private void beginValue(char c, String s, int i) {
      if (isSpace(c)) {
        return;
      }
      switch (c) {
        case '{' -> {
          state = State.BEGIN_STRING_OR_EMPTY;
          push(c, s, i, PARSE_OBJECT_KEY);
        }
        case '[' -> {
          state = State.BEGIN_VALUE_OR_EMPTY;
          push(c, s, i, PARSE_ARRAY_VALUE);
        }
        case '"' -> state = State.IN_STRING;
        case '-' -> state = State.NEG;
        case '0' -> state = State.ZERO;
        case 't' -> state = State.T;
        case 'f' -> state = State.F;
        case 'n' -> state = State.N;
        default -> {
          if ('1' <= c && c <= '9') {
            state = State.ONE;
          } else {
            error(c, s, i, "looking for beginning of value");
          }
        }
      }
    }

    private void beginString(char c, String s, int i) {
      if (isSpace(c)) {
        return;
      }
      if (c == '"') {
        state = State.IN_STRING;
        return;
      }
      error(c, s, i, "looking for beginning of object key string");
    }

    private void zero(char c, String s, int i) {
      if (c == '.') {
        state = State.DOT;
      } else if (c == 'e' || c == 'E') {
        state = State.E;
      } else {
        endValue(c, s, i);
      }
    }

    private void eSign(char c, String s, int i) {
      if ('0' <= c && c <= '9') {
        state = State.E0;
      } else {
        error(c, s, i, "in exponent of numeric literal");
      }
    }

    private void endValue(char c, String s, int i) {
      if (depth == 0) {
        // Completed top-level before the current byte.
        state = State.END_TOP;
        endTop = true;
        endTop(c, s, i);
        return;
      }
      if (isSpace(c)) {
        state = State.END_VALUE;
        return;
      }
      switch (parseState[depth - 1]) {
        case PARSE_OBJECT_KEY -> {
          if (c == ':') {
            parseState[depth - 1] = PARSE_OBJECT_VALUE;
            state = State.BEGIN_VALUE;
          } else {
            error(c, s, i, "after object key");
          }
        }
        case PARSE_OBJECT_VALUE -> {
          if (c == ',') {
            parseState[depth - 1] = PARSE_OBJECT_KEY;
            state = State.BEGIN_STRING;
          } else if (c == '}') {
            pop();
          } else {
            error(c, s, i, "after object key:value pair");
          }
        }
        default -> {
          if (c == ',') {
            state = State.BEGIN_VALUE;
          } else if (c == ']') {
            pop();
          } else {
            error(c, s, i, "after array element");
          }
        }
      }
    }

    private void endTop(char c, String s, int i) {
      if (!isSpace(c)) {
        error(c, s, i, "after top-level value");
      }
    }
  }

  /** The first UTF-8 byte of the character at s[i] (c itself when ASCII). */
  private static int firstByte(char c, String s, int i) {
    if (c < 0x80) {
      return c;
    }
    if (c < 0x800) {
      return 0xC0 | (c >> 6);
    }
    if (Character.isHighSurrogate(c)
        && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1))) {
      int cp = Character.toCodePoint(c, s.charAt(i + 1));
      return 0xF0 | (cp >> 18);
    }
    if (Character.isSurrogate(c)) {
      return 0xEF; // invalid UTF-16 stands for U+FFFD
    }
    return 0xE0 | (c >> 12);
  }

  /** Go's quoteChar: a byte quoted the way the json package quotes it in syntax errors. */
  static String quoteChar(int b) {
    if (b == '\'') {
      return "'\\''";
    }
    if (b == '"') {
      return "'\"'";
    }
    // strconv.Quote(string(rune(b))) without its double quotes
    String inner =
        switch (b) {
          case 0x07 -> "\\a";
          case '\b' -> "\\b";
          case '\f' -> "\\f";
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          case '\t' -> "\\t";
          case 0x0B -> "\\v";
          case '\\' -> "\\\\";
          default -> {
            if (b < 0x20 || b == 0x7F) {
              yield String.format("\\x%02x", b);
            }
            if ((b >= 0x80 && b < 0xA1) || b == 0xAD) {
              yield String.format("\\u%04x", b);
            }
            yield String.valueOf((char) b);
          }
        };
    return "'" + inner + "'";
  }

  // ---- decoding of checked input ----

  /** Decodes input the scanner accepted. */
  private static final class Decoder {
    private final String s;
    private int pos;
    private String firstError;

    Decoder(String s) {
      this.s = s;
    }

    /** An open container: a list, or a map and the key of the value being decoded. */
    private static final class Open {
      final List<Object> list;
      final Map<String, Object> map;
      String key;

      Open(List<Object> list, Map<String, Object> map) {
        this.list = list;
        this.map = map;
      }
    }

    Result decode() {
      Deque<Open> stack = new ArrayDeque<>();
      while (true) {
        skipSpace();
        Open top = stack.peek();
        char c = s.charAt(pos);
        Object v;
        if (c == '}' || c == ']') {
          // The end of the open container (the scanner checked it matches), now a value itself.
          pos++;
          Open done = stack.pop();
          v = done.map != null ? done.map : done.list;
        } else if (top != null && top.map != null && top.key == null) {
          // A key; its value follows.
          if (c == ',') {
            pos++;
            skipSpace();
          }
          top.key = string();
          skipSpace();
          pos++; // ':'
          continue;
        } else {
          if (c == ',') { // between list elements
            pos++;
            skipSpace();
            c = s.charAt(pos);
          }
          if (c == '{') {
            pos++;
            stack.push(new Open(null, new LinkedHashMap<>()));
            continue;
          } else if (c == '[') {
            pos++;
            stack.push(new Open(new ArrayList<>(), null));
            continue;
          } else if (c == '"') {
            v = string();
          } else if (c == 't') {
            pos += 4;
            v = Boolean.TRUE;
          } else if (c == 'f') {
            pos += 5;
            v = Boolean.FALSE;
          } else if (c == 'n') {
            pos += 4;
            v = null;
          } else {
            v = number();
          }
        }
        if (stack.isEmpty()) {
          return new Result(v, firstError);
        }
        add(stack.peek(), v);
      }
    }

    private static void add(Open o, Object v) {
      if (o.list != null) {
        o.list.add(v);
      } else {
        o.map.put(o.key, v);
        o.key = null;
      }
    }

    private void skipSpace() {
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
          break;
        }
        pos++;
      }
    }

    private Object number() {
      int start = pos;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')) {
          break;
        }
        pos++;
      }
      String lit = s.substring(start, pos);
      double d = Double.parseDouble(lit);
      if (Double.isInfinite(d)) {
        if (firstError == null) {
          firstError = "json: cannot unmarshal number " + lit + " into Go value of type float64";
        }
        return null;
      }
      return d;
    }

    /** A string literal at pos (the scanner checked it), unescaped. */
    private String string() {
      pos++; // opening quote
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = s.charAt(pos++);
        if (c == '"') {
          return b.toString();
        }
        if (c != '\\') {
          if (Character.isHighSurrogate(c)
              && pos < s.length()
              && Character.isLowSurrogate(s.charAt(pos))) {
            b.append(c).append(s.charAt(pos++));
          } else if (Character.isSurrogate(c)) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
          continue;
        }
        char e = s.charAt(pos++);
        switch (e) {
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            int rr = hex4(pos);
            pos += 4;
            if (rr >= 0xD800 && rr < 0xE000) {
              int rr1 =
                  pos + 6 <= s.length() && s.charAt(pos) == '\\' && s.charAt(pos + 1) == 'u'
                      ? hex4(pos + 2)
                      : -1;
              if (rr < 0xDC00 && rr1 >= 0xDC00 && rr1 < 0xE000) {
                b.append((char) rr).append((char) rr1);
                pos += 6;
                continue;
              }
              rr = 0xFFFD;
            }
            b.append((char) rr);
          }
          default -> b.append(e); // \\ \/ \"
        }
      }
    }

    private int hex4(int at) {
      int v = 0;
      for (int i = at; i < at + 4; i++) {
        char c = s.charAt(i);
        int d;
        if (c >= '0' && c <= '9') {
          d = c - '0';
        } else if (c >= 'a' && c <= 'f') {
          d = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
          d = c - 'A' + 10;
        } else {
          return -1;
        }
        v = v * 16 + d;
      }
      return v;
    }
  }
}
