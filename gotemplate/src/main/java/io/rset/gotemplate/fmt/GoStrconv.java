package io.rset.gotemplate.fmt;

/** Go's strconv functions that templates observe. */
public final class GoStrconv {
  private GoStrconv() {}

  /** strconv.Quote: a double-quoted Go string literal with Go's escapes. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.append('"').toString(); // TODO(fmt): full strconv.Quote
  }

  /** strconv.FormatFloat(f, fmt, prec, 64); prec -1 means the shortest exact representation. */
  public static String formatFloat(double f, char fmt, int prec) {
    throw new UnsupportedOperationException("TODO(fmt)");
  }
}
