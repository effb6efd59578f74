package io.rset.gotemplate.parse;

/** Go's string helpers the parser needs: strconv.Quote, %#U, unicode.IsPrint, unicode.IsSpace. */
final class GoText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoText() {}

  /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and ' '. */
  static boolean isPrint(int r) {
    if (r < 0x80) {
      return r >= 0x20 && r < 0x7f;
    }
    return switch (Character.getType(r)) {
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
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.CONNECTOR_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL ->
          true;
      default -> false;
    };
  }

  /** Go's {@code unicode.IsSpace}. */
  static boolean isSpace(int r) {
    if (r < 0x100) {
      return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    }
    return r == 0x1680
        || (r >= 0x2000 && r <= 0x200a)
        || r == 0x2028
        || r == 0x2029
        || r == 0x202f
        || r == 0x205f
        || r == 0x3000;
  }

  /** Whether s holds only Go white space ({@code len(bytes.TrimSpace(s)) == 0}). */
  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      if (!isSpace(r)) {
        return false;
      }
      i += Character.charCount(r);
    }
    return true;
  }

  /** The number of bytes s takes in UTF-8 (a lone surrogate counts as U+FFFD, 3 bytes). */
  static int utf8Length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** The first n runes of s (Go's %.Nq precision). */
  static String truncateRunes(String s, int n) {
    int i = 0;
    for (int k = 0; k < n && i < s.length(); k++) {
      i += Character.charCount(s.codePointAt(i));
    }
    return s.substring(0, i);
  }

  /** Go's {@code strconv.Quote}. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    sb.append('"');
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      i += Character.charCount(r);
      appendEscaped(sb, r, '"');
    }
    return sb.append('"').toString();
  }

  private static void appendEscaped(StringBuilder sb, int r, char quote) {
    if (r == quote || r == '\\') {
      sb.append('\\').appendCodePoint(r);
      return;
    }
    if (Character.isSurrogate((char) r) && r <= 0xffff) {
      r = 0xfffd;
    }
    if (isPrint(r)) {
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
      case 0x0b -> sb.append("\\v");
      default -> {
        if (r < ' ' || r == 0x7f) {
          sb.append("\\x");
          hex(sb, r, 2);
        } else if (r < 0x10000) {
          sb.append("\\u");
          hex(sb, r, 4);
        } else {
          sb.append("\\U");
          hex(sb, r, 8);
        }
      }
    }
  }

  private static void hex(StringBuilder sb, int v, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      sb.append(HEX[(v >>> shift) & 0xf]);
    }
  }

  /** Go's {@code fmt.Sprintf("%#U", r)}, e.g. {@code U+002D '-'}. */
  static String formatRune(int r) {
    String h = Integer.toHexString(r).toUpperCase(java.util.Locale.ROOT);
    StringBuilder sb = new StringBuilder("U+");
    for (int i = h.length(); i < 4; i++) {
      sb.append('0');
    }
    sb.append(h);
    if (isPrint(r)) {
      sb.append(" '").appendCodePoint(r).append('\'');
    }
    return sb.toString();
  }
}
