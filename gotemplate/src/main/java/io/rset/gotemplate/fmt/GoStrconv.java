package io.rset.gotemplate.fmt;

/**
 * Go's strconv functions that templates observe: quoting (Quote, QuoteToASCII, QuoteRune,
 * CanBackquote, IsPrint), FormatFloat for float64, and the 64-bit parsers ParseInt, ParseUint, Atoi
 * and ParseFloat with Go's error kinds.
 *
 * <p>Java strings cannot hold invalid UTF-8; a lone surrogate is treated as U+FFFD, as Go's JSON
 * decoder would have made it.
 */
public final class GoStrconv {
  private GoStrconv() {}

  private static final String LOWER_HEX = "0123456789abcdef";
  private static final String UPPER_HEX = "0123456789ABCDEF";

  // ---------------------------------------------------------------- quoting

  /** strconv.Quote: a double-quoted Go string literal with Go's escapes. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    appendQuote(sb, s, false);
    return sb.toString();
  }

  /** strconv.QuoteToASCII: like {@link #quote} but escapes every non-ASCII rune. */
  public static String quoteToASCII(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    appendQuote(sb, s, true);
    return sb.toString();
  }

  /** Appends strconv.Quote(s), or strconv.QuoteToASCII(s) when asciiOnly. */
  public static void appendQuote(StringBuilder sb, String s, boolean asciiOnly) {
    sb.append('"');
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      i += Character.charCount(r);
      if (Character.isSurrogate((char) r) && r <= 0xFFFF) {
        r = 0xFFFD;
      }
      appendEscapedRune(sb, r, '"', asciiOnly);
    }
    sb.append('"');
  }

  /** strconv.QuoteRune: a single-quoted Go rune literal; invalid runes become U+FFFD. */
  public static String quoteRune(int r) {
    StringBuilder sb = new StringBuilder(8);
    appendQuoteRune(sb, r, false);
    return sb.toString();
  }

  /** strconv.QuoteRuneToASCII. */
  public static String quoteRuneToASCII(int r) {
    StringBuilder sb = new StringBuilder(8);
    appendQuoteRune(sb, r, true);
    return sb.toString();
  }

  /** Appends strconv.QuoteRune(r), or QuoteRuneToASCII(r) when asciiOnly. */
  public static void appendQuoteRune(StringBuilder sb, int r, boolean asciiOnly) {
    if (!isValidRune(r)) {
      r = 0xFFFD;
    }
    sb.append('\'');
    appendEscapedRune(sb, r, '\'', asciiOnly);
    sb.append('\'');
  }

  /** Go's utf8.ValidRune. */
  static boolean isValidRune(long r) {
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
  }

  private static void appendEscapedRune(StringBuilder sb, int r, char quote, boolean asciiOnly) {
    if (r == quote || r == '\\') {
      sb.append('\\').append((char) r);
      return;
    }
    if (asciiOnly) {
      if (r < 0x80 && isPrint(r)) {
        sb.append((char) r);
        return;
      }
    } else if (isPrint(r)) {
      sb.appendCodePoint(r);
      return;
    }
    switch (r) {
      case 0x07 -> sb.append("\\a");
      case '\b' -> sb.append("\\b");
      case '\f' -> sb.append("\\f");
      case '\n' -> sb.append("\\n");
      case '\r' -> sb.append("\\r");
      case '\t' -> sb.append("\\t");
      case 0x0B -> sb.append("\\v");
      default -> {
        if (r < ' ' || r == 0x7f) {
          sb.append("\\x").append(LOWER_HEX.charAt(r >> 4)).append(LOWER_HEX.charAt(r & 0xF));
        } else if (r < 0x10000) {
          sb.append("\\u");
          for (int s = 12; s >= 0; s -= 4) {
            sb.append(LOWER_HEX.charAt((r >> s) & 0xF));
          }
        } else {
          sb.append("\\U");
          for (int s = 28; s >= 0; s -= 4) {
            sb.append(LOWER_HEX.charAt((r >> s) & 0xF));
          }
        }
      }
    }
  }

  /**
   * strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space (per the
   * JDK's Unicode tables, which may trail Go's by a Unicode version for new characters).
   */
  public static boolean isPrint(int r) {
    if (r < 0x80) {
      return r >= 0x20 && r < 0x7f;
    }
    switch (Character.getType(r)) {
      case Character.UPPERCASE_LETTER,
      Character.LOWERCASE_LETTER,
      Character.TITLECASE_LETTER,
      Character.MODIFIER_LETTER,
      Character.OTHER_LETTER,
      Character.NON_SPACING_MARK,
      Character.ENCLOSING_MARK,
      Character.COMBINING_SPACING_MARK,
      Character.DECIMAL_DIGIT_NUMBER,
      Character.LETTER_NUMBER,
      Character.OTHER_NUMBER,
      Character.CONNECTOR_PUNCTUATION,
      Character.DASH_PUNCTUATION,
      Character.START_PUNCTUATION,
      Character.END_PUNCTUATION,
      Character.INITIAL_QUOTE_PUNCTUATION,
      Character.FINAL_QUOTE_PUNCTUATION,
      Character.OTHER_PUNCTUATION,
      Character.MATH_SYMBOL,
      Character.CURRENCY_SYMBOL,
      Character.MODIFIER_SYMBOL,
      Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /** unicode.IsSpace: Go's white space (Latin-1 spaces, then the Unicode White_Space runes). */
  public static boolean isSpace(int r) {
    if (r < 0x100) {
      return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    }
    return r == 0x1680
        || (r >= 0x2000 && r <= 0x200A)
        || r == 0x2028
        || r == 0x2029
        || r == 0x202F
        || r == 0x205F
        || r == 0x3000;
  }

  /** Go's strings.TrimSpace: drops leading and trailing {@link #isSpace} runes. */
  public static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end) {
      int c = s.codePointAt(start);
      if (!isSpace(c)) {
        break;
      }
      start += Character.charCount(c);
    }
    while (end > start) {
      int c = s.codePointBefore(end);
      if (!isSpace(c)) {
        break;
      }
      end -= Character.charCount(c);
    }
    return s.substring(start, end);
  }

  /**
   * strconv.CanBackquote: whether s can be a raw string literal (no control characters other than
   * tab, no backquote, no DEL, no BOM).
   */
  public static boolean canBackquote(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < ' ' && c != '\t') || c == '`' || c == 0x7f || c == 0xFEFF) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- floats

  /** strconv.FormatFloat(f, fmt, prec, 64); prec -1 means the shortest exact representation. */
  public static String formatFloat(double f, char fmt, int prec) {
    StringBuilder sb = new StringBuilder(24);
    appendFloat(sb, f, fmt, prec);
    return sb.toString();
  }

  /** strconv.AppendFloat(sb, f, fmt, prec, 64). */
  public static void appendFloat(StringBuilder sb, double f, char fmt, int prec) {
    long bits = Double.doubleToRawLongBits(f);
    boolean neg = bits < 0;
    int exp = (int) (bits >>> 52) & 0x7FF;
    long mant = bits & ((1L << 52) - 1);
    if (exp == 0x7FF) {
      sb.append(mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
      return;
    }
    if (exp == 0) {
      exp++; // denormal
    } else {
      mant |= 1L << 52;
    }
    exp -= 1023;
    if (fmt == 'b') {
      if (neg) {
        sb.append('-');
      }
      sb.append(mant).append('p');
      int e = exp - 52;
      if (e >= 0) {
        sb.append('+');
      }
      sb.append(e);
      return;
    }
    if (fmt == 'x' || fmt == 'X') {
      appendHexFloat(sb, prec, fmt, neg, mant, exp);
      return;
    }
    double abs = Math.abs(f);
    FloatDigits digs;
    boolean shortest = prec < 0;
    if (shortest) {
      digs = FloatDigits.shortest(abs);
      switch (fmt) {
        case 'e', 'E' -> prec = Math.max(digs.nd - 1, 0);
        case 'f' -> prec = Math.max(digs.nd - digs.dp, 0);
        case 'g', 'G' -> prec = digs.nd;
        default -> {}
      }
    } else {
      switch (fmt) {
        case 'e', 'E' -> digs = FloatDigits.significant(abs, prec + 1);
        case 'f' -> digs = FloatDigits.fraction(abs, prec);
        case 'g', 'G' -> {
          if (prec == 0) {
            prec = 1;
          }
          digs = FloatDigits.significant(abs, prec);
        }
        default -> digs = null;
      }
    }
    switch (fmt) {
      case 'e', 'E' -> appendE(sb, neg, digs, prec, fmt);
      case 'f' -> appendF(sb, neg, digs, prec);
      case 'g', 'G' -> {
        int eprec = prec;
        if (eprec > digs.nd && digs.nd >= digs.dp) {
          eprec = digs.nd;
        }
        // %e is used if the exponent from the conversion is less than -4 or greater than or equal
        // to the precision; for the shortest form that decision uses precision 6.
        if (shortest) {
          eprec = 6;
        }
        int e = digs.dp - 1;
        if (e < -4 || e >= eprec) {
          if (prec > digs.nd) {
            prec = digs.nd;
          }
          appendE(sb, neg, digs, prec - 1, (char) (fmt + 'e' - 'g'));
        } else {
          if (prec > digs.dp) {
            prec = digs.nd;
          }
          appendF(sb, neg, digs, Math.max(prec - digs.dp, 0));
        }
      }
      default -> sb.append('%').append(fmt);
    }
  }

  /** %e: -d.ddddde±dd */
  private static void appendE(StringBuilder sb, boolean neg, FloatDigits d, int prec, char fmt) {
    if (neg) {
      sb.append('-');
    }
    sb.append(d.nd != 0 ? d.d[0] : '0');
    if (prec > 0) {
      sb.append('.');
      int i = 1;
      int m = Math.min(d.nd, prec + 1);
      if (i < m) {
        sb.append(d.d, i, m - i);
        i = m;
      }
      for (; i <= prec; i++) {
        sb.append('0');
      }
    }
    sb.append(fmt);
    appendExponent(sb, d.nd == 0 ? 0 : d.dp - 1);
  }

  /** An exponent as %e and %x write it: its sign, then at least two digits. */
  private static void appendExponent(StringBuilder sb, int exp) {
    if (exp < 0) {
      sb.append('-');
      exp = -exp;
    } else {
      sb.append('+');
    }
    if (exp < 10) {
      sb.append('0');
    }
    sb.append(exp);
  }

  /** %f: -ddddddd.ddddd */
  private static void appendF(StringBuilder sb, boolean neg, FloatDigits d, int prec) {
    if (neg) {
      sb.append('-');
    }
    if (d.dp > 0) {
      int m = Math.min(d.nd, d.dp);
      sb.append(d.d, 0, m);
      for (; m < d.dp; m++) {
        sb.append('0');
      }
    } else {
      sb.append('0');
    }
    if (prec > 0) {
      sb.append('.');
      for (int i = 1; i <= prec; i++) {
        int j = d.dp + i - 1;
        sb.append(j >= 0 && j < d.nd ? d.d[j] : '0');
      }
    }
  }

  /** %x: -0x1.yyyyyyyyp±dd or -0x0p+00; exp is unbiased, mant includes the implicit bit. */
  private static void appendHexFloat(
      StringBuilder sb, int prec, char fmt, boolean neg, long mant, int exp) {
    if (mant == 0) {
      exp = 0;
    }
    // Shift so the leading 1 (if any) is at bit 60.
    mant <<= 60 - 52;
    while (mant != 0 && (mant & (1L << 60)) == 0) {
      mant <<= 1;
      exp--;
    }
    if (prec >= 0 && prec < 15) {
      int shift = prec * 4;
      long extra = (mant << shift) & ((1L << 60) - 1);
      mant >>>= 60 - shift;
      if ((extra | (mant & 1)) > (1L << 59)) {
        mant++;
      }
      mant <<= 60 - shift;
      if ((mant & (1L << 61)) != 0) {
        mant >>>= 1;
        exp++;
      }
    }
    String hex = fmt == 'X' ? UPPER_HEX : LOWER_HEX;
    if (neg) {
      sb.append('-');
    }
    sb.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
      sb.append('.');
      while (mant != 0) {
        sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
        mant <<= 4;
      }
    } else if (prec > 0) {
      sb.append('.');
      for (int i = 0; i < prec; i++) {
        sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
        mant <<= 4;
      }
    }
    sb.append(fmt == 'X' ? 'P' : 'p');
    appendExponent(sb, exp);
  }

  // ---------------------------------------------------------------- parsing

  /** The error kinds of strconv's NumError. */
  public enum NumError {
    /** strconv.ErrSyntax. */
    SYNTAX("invalid syntax"),
    /** strconv.ErrRange. */
    RANGE("value out of range");

    private final String text;

    NumError(String text) {
      this.text = text;
    }

    /** Go's NumError.Error(), e.g. {@code strconv.ParseInt: parsing "x": invalid syntax}. */
    public String message(String func, String input) {
      return "strconv." + func + ": parsing " + quote(input) + ": " + text;
    }
  }

  /**
   * What strconv.ParseInt or ParseUint returns: the value (the clamped bound on a range error, 0 on
   * a syntax error; a uint64 is held in a long) and the error, null when there is none.
   */
  public record ParsedInt(long value, NumError error) {
    /** Whether Go returned a nil error. */
    public boolean ok() {
      return error == null;
    }
  }

  /**
   * What strconv.ParseFloat returns: the value (±Inf on a range error, 0 on a syntax error) and the
   * error, null when there is none.
   */
  public record ParsedFloat(double value, NumError error) {
    /** Whether Go returned a nil error. */
    public boolean ok() {
      return error == null;
    }
  }

  /**
   * strconv.ParseUint(s, base, 64) for base 0 (prefixes 0b, 0o, 0x, 0 and underscores allowed) or
   * 2..36.
   */
  public static ParsedInt parseUint(String s, int base) {
    if (s.isEmpty()) {
      return new ParsedInt(0, NumError.SYNTAX);
    }
    boolean base0 = base == 0;
    int i = 0;
    if (base0) {
      base = 10;
      if (s.charAt(0) == '0') {
        if (s.length() >= 3 && lower(s.charAt(1)) == 'b') {
          base = 2;
          i = 2;
        } else if (s.length() >= 3 && lower(s.charAt(1)) == 'o') {
          base = 8;
          i = 2;
        } else if (s.length() >= 3 && lower(s.charAt(1)) == 'x') {
          base = 16;
          i = 2;
        } else {
          base = 8;
          i = 1;
        }
      }
    }
    long cutoff = Long.divideUnsigned(-1L, base) + 1;
    boolean underscores = false;
    long n = 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      int d;
      if (c == '_' && base0) {
        underscores = true;
        continue;
      } else if ('0' <= c && c <= '9') {
        d = c - '0';
      } else if ('a' <= lower(c) && lower(c) <= 'z') {
        d = lower(c) - 'a' + 10;
      } else {
        return new ParsedInt(0, NumError.SYNTAX);
      }
      if (d >= base) {
        return new ParsedInt(0, NumError.SYNTAX);
      }
      if (Long.compareUnsigned(n, cutoff) >= 0) {
        return new ParsedInt(-1L, NumError.RANGE); // n*base overflows
      }
      n *= base;
      long n1 = n + d;
      if (Long.compareUnsigned(n1, n) < 0) {
        return new ParsedInt(-1L, NumError.RANGE); // n+d overflows
      }
      n = n1;
    }
    if (underscores && !underscoreOK(s)) {
      return new ParsedInt(0, NumError.SYNTAX);
    }
    return new ParsedInt(n, null);
  }

  /** strconv.ParseInt(s, base, 64) for base 0 or 2..36 (see {@link #parseUint}). */
  public static ParsedInt parseInt(String s, int base) {
    if (s.isEmpty()) {
      return new ParsedInt(0, NumError.SYNTAX);
    }
    boolean neg = false;
    String digits = s;
    if (s.charAt(0) == '+') {
      digits = s.substring(1);
    } else if (s.charAt(0) == '-') {
      neg = true;
      digits = s.substring(1);
    }
    ParsedInt u = parseUint(digits, base);
    if (u.error() == NumError.SYNTAX) {
      return u;
    }
    long un = u.value();
    // cutoff = 1<<63, compared unsigned.
    if (!neg && Long.compareUnsigned(un, Long.MIN_VALUE) >= 0) {
      return new ParsedInt(Long.MAX_VALUE, NumError.RANGE);
    }
    if (neg && Long.compareUnsigned(un, Long.MIN_VALUE) > 0) {
      return new ParsedInt(Long.MIN_VALUE, NumError.RANGE);
    }
    return new ParsedInt(neg ? -un : un, u.error());
  }

  /**
   * strconv.Atoi on 64-bit: ParseInt(s, 10, 0); the value is the clamped bound on a range error and
   * 0 on a syntax error.
   */
  public static ParsedInt atoi(String s) {
    return parseInt(s, 10);
  }

  /**
   * strconv.ParseFloat(s, 64): decimal and hexadecimal forms with Go's underscores, and inf,
   * infinity, nan (signed, any case).
   */
  public static ParsedFloat parseFloat(String s) {
    Double special = special(s);
    if (special != null) {
      return new ParsedFloat(special, null);
    }
    if (!isFloatSyntax(s)) {
      return new ParsedFloat(0, NumError.SYNTAX);
    }
    String clean = s.indexOf('_') >= 0 ? s.replace("_", "") : s;
    double d;
    try {
      d = Double.parseDouble(clean);
    } catch (NumberFormatException e) {
      return new ParsedFloat(0, NumError.SYNTAX);
    }
    return Double.isInfinite(d) ? new ParsedFloat(d, NumError.RANGE) : new ParsedFloat(d, null);
  }

  /** Go's {@code special}: inf, infinity (signed) and nan, case-insensitive, the whole string. */
  private static Double special(String s) {
    if (s.isEmpty()) {
      return null;
    }
    char c = s.charAt(0);
    if (c == '+' || c == '-' || c == 'i' || c == 'I') {
      String rest = c == '+' || c == '-' ? s.substring(1) : s;
      if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
        return c == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      return null;
    }
    if ((c == 'n' || c == 'N') && s.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    return null;
  }

  /** Whether Go's readFloat accepts all of s (decimal or hexadecimal, with Go's underscores). */
  private static boolean isFloatSyntax(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    boolean hex = false;
    if (i + 2 < n && s.charAt(i) == '0' && lower(s.charAt(i + 1)) == 'x') {
      hex = true;
      i += 2;
    }
    boolean underscores = false;
    boolean sawDot = false;
    boolean sawDigits = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '_') {
        underscores = true;
      } else if (c == '.') {
        if (sawDot) {
          break;
        }
        sawDot = true;
      } else if (('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f')) {
        sawDigits = true;
      } else {
        break;
      }
    }
    if (!sawDigits) {
      return false;
    }
    if (i < n && lower(s.charAt(i)) == (hex ? 'p' : 'e')) {
      i++;
      if (i >= n) {
        return false;
      }
      if (s.charAt(i) == '+' || s.charAt(i) == '-') {
        i++;
      }
      if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
      for (; i < n && (('0' <= s.charAt(i) && s.charAt(i) <= '9') || s.charAt(i) == '_'); i++) {
        if (s.charAt(i) == '_') {
          underscores = true;
        }
      }
    } else if (hex) {
      return false; // a hexadecimal mantissa needs a 'p' exponent
    }
    return i == n && (!underscores || underscoreOK(s));
  }

  /** Go's underscoreOK: underscores only between digits (a base prefix counts as a digit). */
  public static boolean underscoreOK(String s) {
    char saw = '^';
    int i = 0;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      s = s.substring(1);
    }
    boolean hex = false;
    if (s.length() >= 2
        && s.charAt(0) == '0'
        && (lower(s.charAt(1)) == 'b' || lower(s.charAt(1)) == 'o' || lower(s.charAt(1)) == 'x')) {
      i = 2;
      saw = '0';
      hex = lower(s.charAt(1)) == 'x';
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f')) {
        saw = '0';
        continue;
      }
      if (c == '_') {
        if (saw != '0') {
          return false;
        }
        saw = '_';
        continue;
      }
      if (saw == '_') {
        return false;
      }
      saw = '!';
    }
    return saw != '_';
  }

  /** Go's {@code lower}: ASCII letters to lower case (other chars change but never match). */
  private static char lower(char c) {
    return (char) (c | ('x' - 'X'));
  }
}
