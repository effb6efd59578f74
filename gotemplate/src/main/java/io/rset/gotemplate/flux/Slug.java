package io.rset.gotemplate.flux;

/**
 * gosimple/slug v1.15.0's {@code Make} as the Flux Operator uses it: language "en", lower case,
 * {@code MaxLength} 63 with smart truncation.
 */
final class Slug {
  /** The slug length limit Flux sets. */
  static final int MAX_LENGTH = 63;

  private Slug() {}

  /** slug.Make(s). */
  static String make(String s) {
    String trimmed = io.rset.gotemplate.fmt.GoStrconv.trimSpace(s);
    // The "en" substitutions (with the defaults merged in), then unidecode.
    StringBuilder t = new StringBuilder(trimmed.length() + 8);
    for (int i = 0; i < trimmed.length(); ) {
      int c = trimmed.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isSurrogate((char) c)) {
        c = 0xFFFD; // invalid UTF-8 in Go ranges as U+FFFD
      }
      switch (c) {
        case '&' -> t.append("and");
        case '@' -> t.append("at");
        case '"', '\'', '\u2019' -> {}
        case '\u2012', '\u2013', '\u2014', '\u2015' -> t.append('-');
        default -> Unidecode.append(t, c);
      }
    }
    // Lower case, [^a-zA-Z0-9-_] -> '-', runs of '-' -> one '-'. The text is ASCII here.
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
      if (!ok) {
        c = '-';
      }
      if (c == '-' && b.length() > 0 && b.charAt(b.length() - 1) == '-') {
        continue;
      }
      b.append(c);
    }
    // strings.Trim(slug, "-_")
    int from = 0;
    int to = b.length();
    while (from < to && (b.charAt(from) == '-' || b.charAt(from) == '_')) {
      from++;
    }
    while (to > from && (b.charAt(to - 1) == '-' || b.charAt(to - 1) == '_')) {
      to--;
    }
    String slug = b.substring(from, to);
    return smartTruncate(slug);
  }

  /** Cuts at the last '-' at or before index MAX_LENGTH, or at MAX_LENGTH if there is none. */
  private static String smartTruncate(String text) {
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    for (int i = MAX_LENGTH; i >= 0; i--) {
      if (text.charAt(i) == '-') {
        return text.substring(0, i);
      }
    }
    return text.substring(0, MAX_LENGTH);
  }
}
