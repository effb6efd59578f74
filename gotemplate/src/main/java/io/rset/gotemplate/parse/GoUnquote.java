package io.rset.gotemplate.parse;

import java.nio.charset.StandardCharsets;

/**
 * Go's {@code strconv.Unquote} and {@code strconv.UnquoteChar}. Go strings are bytes: escapes such
 * as {@code \xff} produce raw bytes, which are decoded as UTF-8 here (invalid sequences become
 * U+FFFD, the only representable approximation).
 */
final class GoUnquote {
  /** Go's {@code strconv.ErrSyntax}. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxError() {
      super("invalid syntax", null, false, false);
    }
  }

  /** The result of {@link #unquoteChar}: the value, whether it is multibyte and the tail index. */
  record Char(long value, boolean multibyte, int tail) {}

  private GoUnquote() {}

  /** Go's {@code strconv.Unquote} of a double-quoted, back-quoted or single-quoted literal. */
  static String unquote(String in) throws SyntaxError {
    int n = in.length();
    if (n < 2) {
      throw new SyntaxError();
    }
    char quote = in.charAt(0);
    int end = in.indexOf(quote, 1);
    if (end < 0) {
      throw new SyntaxError();
    }
    end++; // index after the terminating quote (may be wrong when escapes are present)
    switch (quote) {
      case '`' -> {
        if (end != n) {
          throw new SyntaxError();
        }
        String out = in.substring(1, end - 1);
        return out.indexOf('\r') < 0 ? out : out.replace("\r", "");
      }
      case '"', '\'' -> {
        String body = in.substring(0, end);
        if (body.indexOf('\\') < 0 && body.indexOf('\n') < 0) {
          boolean valid;
          if (quote == '"') {
            valid = true;
          } else {
            int inner = end - 2;
            valid = inner > 0 && Character.charCount(in.codePointAt(1)) == inner;
          }
          if (valid) {
            if (end != n) {
              throw new SyntaxError();
            }
            return in.substring(1, end - 1);
          }
        }
        ByteBuf buf = new ByteBuf(n);
        int i = 1;
        while (i < n && in.charAt(i) != quote) {
          if (in.charAt(i) == '\n') {
            throw new SyntaxError();
          }
          Char c = unquoteChar(in, i, quote);
          i = c.tail();
          if (c.value() < 0x80 || !c.multibyte()) {
            buf.add((byte) c.value());
          } else {
            buf.addRune((int) c.value());
          }
          if (quote == '\'') {
            break;
          }
        }
        if (!(i < n && in.charAt(i) == quote)) {
          throw new SyntaxError();
        }
        if (i + 1 != n) {
          throw new SyntaxError();
        }
        return buf.toUtf8String();
      }
      default -> throw new SyntaxError();
    }
  }

  /** Go's {@code strconv.UnquoteChar(s[from:], quote)}; the tail is an index into s. */
  static Char unquoteChar(String s, int from, char quote) throws SyntaxError {
    int n = s.length();
    if (from >= n) {
      throw new SyntaxError();
    }
    char c = s.charAt(from);
    if (c == quote && (quote == '\'' || quote == '"')) {
      throw new SyntaxError();
    }
    if (c >= 0x80) {
      int r = s.codePointAt(from);
      if (Character.isSurrogate((char) r) && r <= 0xffff) {
        r = 0xfffd;
      }
      return new Char(r, true, from + Character.charCount(s.codePointAt(from)));
    }
    if (c != '\\') {
      return new Char(c, false, from + 1);
    }
    if (from + 1 >= n) {
      throw new SyntaxError();
    }
    char e = s.charAt(from + 1);
    int i = from + 2;
    long value;
    boolean multibyte = false;
    switch (e) {
      case 'a' -> value = 0x07;
      case 'b' -> value = '\b';
      case 'f' -> value = '\f';
      case 'n' -> value = '\n';
      case 'r' -> value = '\r';
      case 't' -> value = '\t';
      case 'v' -> value = 0x0b;
      case 'x', 'u', 'U' -> {
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        if (n - i < digits) {
          throw new SyntaxError();
        }
        long v = 0;
        for (int j = 0; j < digits; j++) {
          int x = Character.digit(s.charAt(i + j), 16);
          if (x < 0 || s.charAt(i + j) >= 0x80) {
            throw new SyntaxError();
          }
          v = v << 4 | x;
        }
        i += digits;
        if (e != 'x') {
          if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) {
            throw new SyntaxError();
          }
          multibyte = true;
        }
        value = v;
      }
      case '0', '1', '2', '3', '4', '5', '6', '7' -> {
        long v = e - '0';
        if (n - i < 2) {
          throw new SyntaxError();
        }
        for (int j = 0; j < 2; j++) {
          int x = s.charAt(i + j) - '0';
          if (x < 0 || x > 7) {
            throw new SyntaxError();
          }
          v = (v << 3) | x;
        }
        i += 2;
        if (v > 255) {
          throw new SyntaxError();
        }
        value = v;
      }
      case '\\' -> value = '\\';
      case '\'', '"' -> {
        if (e != quote) {
          throw new SyntaxError();
        }
        value = e;
      }
      default -> throw new SyntaxError();
    }
    return new Char(value, multibyte, i);
  }

  /** A growable byte buffer. */
  private static final class ByteBuf {
    private byte[] b;
    private int len;

    ByteBuf(int cap) {
      b = new byte[Math.max(cap, 8)];
    }

    void add(byte x) {
      if (len == b.length) {
        b = java.util.Arrays.copyOf(b, len * 2);
      }
      b[len++] = x;
    }

    void addRune(int r) {
      byte[] enc = new String(Character.toChars(r)).getBytes(StandardCharsets.UTF_8);
      for (byte x : enc) {
        add(x);
      }
    }

    String toUtf8String() {
      return new String(b, 0, len, StandardCharsets.UTF_8);
    }
  }
}
