package io.rset.gotemplate.parse;

import io.rset.gotemplate.fmt.GoStrconv;

/**
 * Go's string helpers the parser needs beyond {@link GoStrconv}: %#U, blank text, rune truncation.
 */
final class GoText {
  private GoText() {}

  /** Whether s holds only Go white space ({@code len(bytes.TrimSpace(s)) == 0}). */
  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      if (!GoStrconv.isSpace(r)) {
        return false;
      }
      i += Character.charCount(r);
    }
    return true;
  }

  /** The first n runes of s (Go's %.Nq precision). */
  static String truncateRunes(String s, int n) {
    int i = 0;
    for (int k = 0; k < n && i < s.length(); k++) {
      i += Character.charCount(s.codePointAt(i));
    }
    return s.substring(0, i);
  }

  /** Go's {@code fmt.Sprintf("%#U", r)}, e.g. {@code U+002D '-'}. */
  static String formatRune(int r) {
    String h = Integer.toHexString(r).toUpperCase(java.util.Locale.ROOT);
    StringBuilder sb = new StringBuilder("U+");
    for (int i = h.length(); i < 4; i++) {
      sb.append('0');
    }
    sb.append(h);
    if (GoStrconv.isPrint(r)) {
      sb.append(" '").appendCodePoint(r).append('\'');
    }
    return sb.toString();
  }
}
