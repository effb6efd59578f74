package io.rset.platform.substitute;

/**
 * The lexical scanner of fluxcd/pkg/envsubst/parse (scan.go), over UTF-8 bytes so that positions,
 * widths and their quirks (e.g. {@link #unread()} after {@link #peek()} steps back by the peeked
 * rune's width) are Go's. Escapes are removed from the buffer itself, as Go's {@code skip} does.
 */
final class EnvsubstScanner {
  /** Tokens. */
  enum Token {
    ILLEGAL,
    EOF,
    IDENT,
    LBRACK,
    RBRACK
  }

  /** Mode bits. */
  static final int SCAN_IDENT = 1;

  static final int SCAN_LBRACK = 2;
  static final int SCAN_RBRACK = 4;
  static final int SCAN_ESCAPE = 8;

  /** Escape bits. */
  static final int DOLLAR = 1;

  static final int BACKSLASH = 2;
  static final int ESCAPE_ALL = DOLLAR | BACKSLASH;

  /** Go's {@code eof} is rune 0, so a NUL character also ends the text. */
  static final int EOF = 0;

  /** Decides whether rune r at byte index i of the current token belongs to it. */
  @FunctionalInterface
  interface Accept {
    boolean test(int r, int i);
  }

  private byte[] buf;
  private int len;
  private int pos;
  private int start;
  private int width;
  private int removed;
  int mode;
  int escapeChars;
  Accept accept;

  EnvsubstScanner(byte[] text) {
    this.buf = text.clone();
    this.len = text.length;
  }

  int read() {
    if (pos >= len) {
      width = 0;
      return EOF;
    }
    long d = Utf8.decode(buf, pos, len);
    width = Utf8.width(d);
    pos += width;
    return Utf8.rune(d);
  }

  void unread() {
    pos -= width;
  }

  /** Removes the byte before the position (the escape character just read). */
  private void skip() {
    System.arraycopy(buf, pos, buf, pos - 1, len - pos);
    len--;
    removed++;
  }

  int peek() {
    int r = read();
    unread();
    return r;
  }

  /** The text of the last token. */
  String string() {
    return Utf8.string(buf, start, pos - start);
  }

  /** Byte offset in the original text of the last token's start. */
  int tokenOffset() {
    return start + removed;
  }

  Token scan() {
    start = pos;
    int r = read();
    if (r == EOF) {
      return Token.EOF;
    }
    if (scanLbrack(r)) {
      return Token.LBRACK;
    }
    if (scanRbrack(r)) {
      return Token.RBRACK;
    }
    if (scanIdent(r)) {
      return Token.IDENT;
    }
    return Token.ILLEGAL;
  }

  private boolean scanIdent(int first) {
    if ((mode & SCAN_IDENT) == 0) {
      return false;
    }
    if (scanEscaped(first)) {
      skip();
    } else if (!accept.test(first, pos - start)) {
      return false;
    }
    while (true) {
      int r = read();
      if (r == EOF) {
        unread();
        break;
      }
      if (scanLbrack(r)) {
        unread();
        unread();
        break;
      }
      if (scanEscaped(r)) {
        skip();
        continue;
      }
      if (!accept.test(r, pos - start)) {
        unread();
        break;
      }
    }
    return true;
  }

  private boolean scanLbrack(int r) {
    if ((mode & SCAN_LBRACK) == 0) {
      return false;
    }
    if (r == '$') {
      if (read() == '{') {
        return true;
      }
      unread();
    }
    return false;
  }

  private boolean scanRbrack(int r) {
    if ((mode & SCAN_RBRACK) == 0) {
      return false;
    }
    return r == '}';
  }

  private boolean scanEscaped(int r) {
    if ((mode & SCAN_ESCAPE) == 0) {
      return false;
    }
    if (r == '$' && (escapeChars & DOLLAR) != 0) {
      if (peek() == '$') {
        return true;
      }
    }
    if (r == '\\' && (escapeChars & BACKSLASH) != 0) {
      int next = peek();
      return next == '/' || next == '\\';
    }
    return false;
  }

  // The accept functions of scan.go.

  static boolean acceptRune(int r, int i) {
    return true;
  }

  /** Go's {@code unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'}. */
  static boolean acceptIdent(int r, int i) {
    return Character.isLetter(r)
        || Character.getType(r) == Character.DECIMAL_DIGIT_NUMBER
        || r == '_';
  }

  static boolean acceptColon(int r, int i) {
    return r == ':';
  }

  static boolean acceptOneHash(int r, int i) {
    return r == '#' && i == 1;
  }

  static boolean acceptNotClosing(int r, int i) {
    return r != '}';
  }

  static boolean acceptHashFunc(int r, int i) {
    return r == '#' && i < 3;
  }

  static boolean acceptPercentFunc(int r, int i) {
    return r == '%' && i < 3;
  }

  static boolean acceptDefaultFunc(int r, int i) {
    return (i == 1 && r == ':') || (i == 2 && (r == '=' || r == '-' || r == '?' || r == '+'));
  }

  static boolean acceptReplaceFunc(int r, int i) {
    return (i == 1 && r == '/') || (i == 2 && (r == '/' || r == '#' || r == '%'));
  }

  static boolean acceptOneEqual(int r, int i) {
    return i == 1 && r == '=';
  }

  static boolean acceptOneColon(int r, int i) {
    return i == 1 && r == ':';
  }

  static boolean rejectColonClose(int r, int i) {
    return r != ':' && r != '}';
  }

  static boolean acceptSlash(int r, int i) {
    return r == '/';
  }

  static boolean acceptNotSlash(int r, int i) {
    return r != '/';
  }

  static boolean acceptCasingFunc(int r, int i) {
    return (r == ',' || r == '^') && i < 3;
  }
}
