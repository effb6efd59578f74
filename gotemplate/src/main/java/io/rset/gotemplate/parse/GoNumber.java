package io.rset.gotemplate.parse;

/**
 * Go's number literal rules for templates: {@code parse.newNumber} with the strconv parsers it uses
 * (ParseUint/ParseInt with base 0, ParseFloat) and fmt.Sscan for complex literals.
 */
final class GoNumber {
  /** A number literal Go rejects; the message is Go's error text. */
  static final class NumberError extends Exception {
    private static final long serialVersionUID = 1L;

    NumberError(String message) {
      super(message, null, false, false);
    }
  }

  private static final double TWO_63 = 0x1p63;
  private static final double TWO_64 = 0x1p64;

  private GoNumber() {}

  /** Go's {@code newNumber}: builds the NumberNode for a number, char or complex item. */
  static NumberNode newNumber(int pos, String text, ItemType typ) throws NumberError {
    Builder n = new Builder();
    if (typ == ItemType.CHAR_CONSTANT) {
      GoUnquote.Char c;
      try {
        c = GoUnquote.unquoteChar(text, 1, text.charAt(0));
      } catch (GoUnquote.SyntaxError e) {
        throw new NumberError(e.getMessage());
      }
      if (!text.substring(c.tail()).equals("'")) {
        throw new NumberError("malformed character constant: " + text);
      }
      long r = c.value();
      n.isInt = n.isUint = n.isFloat = true;
      n.int64 = r;
      n.uint64 = r;
      n.float64 = r;
      return n.build(pos, text);
    }
    if (typ == ItemType.COMPLEX) {
      double[] c = scanComplex(text);
      n.isComplex = true;
      n.re = c[0];
      n.im = c[1];
      n.simplifyComplex();
      return n.build(pos, text);
    }
    if (!text.isEmpty() && text.charAt(text.length() - 1) == 'i') {
      Double f = parseFloat(text.substring(0, text.length() - 1));
      if (f != null) {
        n.isComplex = true;
        n.re = 0;
        n.im = f;
        n.simplifyComplex();
        return n.build(pos, text);
      }
    }
    long[] u = parseUint(text);
    if (u != null) {
      n.isUint = true;
      n.uint64 = u[0];
    }
    long[] i = parseInt(text);
    if (i != null) {
      n.isInt = true;
      n.int64 = i[0];
      if (i[0] == 0) {
        n.isUint = true;
        n.uint64 = u == null ? 0 : u[0];
      }
    }
    if (n.isInt) {
      n.isFloat = true;
      n.float64 = n.int64;
    } else if (n.isUint) {
      n.isFloat = true;
      n.float64 = unsignedToDouble(n.uint64);
    } else {
      Double f = parseFloat(text);
      if (f != null) {
        if (!containsAny(text, ".eEpP")) {
          throw new NumberError("integer overflow: " + GoText.quote(text));
        }
        n.isFloat = true;
        n.float64 = f;
        n.fillIntsFromFloat(f);
      }
    }
    if (!n.isInt && !n.isUint && !n.isFloat) {
      throw new NumberError("illegal number syntax: " + GoText.quote(text));
    }
    return n.build(pos, text);
  }

  /** Mutable fields of a number under construction. */
  private static final class Builder {
    boolean isInt;
    boolean isUint;
    boolean isFloat;
    boolean isComplex;
    long int64;
    long uint64;
    double float64;
    double re;
    double im;

    void simplifyComplex() {
      isFloat = im == 0;
      if (isFloat) {
        float64 = re;
        isInt = fitsInt64(float64);
        if (isInt) {
          int64 = (long) float64;
        }
        isUint = fitsUint64(float64);
        if (isUint) {
          uint64 = toUint64(float64);
        }
      }
    }

    void fillIntsFromFloat(double f) {
      if (!isInt && fitsInt64(f)) {
        isInt = true;
        int64 = (long) f;
      }
      if (!isUint && fitsUint64(f)) {
        isUint = true;
        uint64 = toUint64(f);
      }
    }

    NumberNode build(int pos, String text) {
      return new NumberNode(
          pos, isInt, isUint, isFloat, isComplex, int64, uint64, float64, re, im, text);
    }
  }

  /** Go (amd64): {@code float64(int64(f)) == f}. */
  static boolean fitsInt64(double f) {
    return f == Math.rint(f) && f >= -TWO_63 && f < TWO_63;
  }

  /** Go (amd64): {@code float64(uint64(f)) == f}. */
  static boolean fitsUint64(double f) {
    return f == Math.rint(f) && f >= 0 && f < TWO_64;
  }

  private static long toUint64(double f) {
    if (f < TWO_63) {
      return (long) f;
    }
    return ((long) (f - TWO_63)) ^ Long.MIN_VALUE;
  }

  private static double unsignedToDouble(long u) {
    if (u >= 0) {
      return u;
    }
    double half = (double) ((u >>> 1) | (u & 1));
    return half * 2;
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int lower(char c) {
    return c | 0x20;
  }

  /** Go's {@code strconv.ParseUint(s, 0, 64)}; null on any error. */
  static long[] parseUint(String s) {
    if (s.isEmpty()) {
      return null;
    }
    int base = 10;
    int i = 0;
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
    long cutoff = Long.divideUnsigned(-1L, base) + 1;
    boolean underscores = false;
    long n = 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      int d;
      if (c == '_') {
        underscores = true;
        continue;
      } else if ('0' <= c && c <= '9') {
        d = c - '0';
      } else if ('a' <= lower(c) && lower(c) <= 'z') {
        d = lower(c) - 'a' + 10;
      } else {
        return null;
      }
      if (d >= base) {
        return null;
      }
      if (Long.compareUnsigned(n, cutoff) >= 0) {
        return null;
      }
      n *= base;
      long n1 = n + d;
      if (Long.compareUnsigned(n1, n) < 0) {
        return null;
      }
      n = n1;
    }
    if (underscores && !underscoreOK(s)) {
      return null;
    }
    return new long[] {n};
  }

  /** Go's {@code strconv.ParseInt(s, 0, 64)}; null on any error. */
  static long[] parseInt(String s) {
    if (s.isEmpty()) {
      return null;
    }
    boolean neg = false;
    String t = s;
    if (s.charAt(0) == '+') {
      t = s.substring(1);
    } else if (s.charAt(0) == '-') {
      neg = true;
      t = s.substring(1);
    }
    long[] u = parseUint(t);
    if (u == null) {
      return null;
    }
    long un = u[0];
    if (!neg && (un < 0)) {
      return null;
    }
    if (neg && Long.compareUnsigned(un, Long.MIN_VALUE) > 0) {
      return null;
    }
    return new long[] {neg ? -un : un};
  }

  /** Go's {@code underscoreOK}: underscores only separate digits (or follow a base prefix). */
  static boolean underscoreOK(String s) {
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

  /**
   * Go's {@code strconv.ParseFloat(s, 64)} for the syntax a template number can have (decimal and
   * hexadecimal, underscores); null on a syntax or range error.
   */
  static Double parseFloat(String s) {
    int n = s.length();
    int i = 0;
    boolean underscores = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    boolean hex = false;
    if (i + 2 < n && s.charAt(i) == '0' && lower(s.charAt(i + 1)) == 'x') {
      hex = true;
      i += 2;
    }
    boolean sawdot = false;
    boolean sawdigits = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '_') {
        underscores = true;
      } else if (c == '.') {
        if (sawdot) {
          break;
        }
        sawdot = true;
      } else if (('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f')) {
        sawdigits = true;
      } else {
        break;
      }
    }
    if (!sawdigits) {
      return null;
    }
    char expChar = hex ? 'p' : 'e';
    if (i < n && lower(s.charAt(i)) == expChar) {
      i++;
      if (i >= n) {
        return null;
      }
      if (s.charAt(i) == '+' || s.charAt(i) == '-') {
        i++;
      }
      if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
      for (; i < n && (('0' <= s.charAt(i) && s.charAt(i) <= '9') || s.charAt(i) == '_'); i++) {
        if (s.charAt(i) == '_') {
          underscores = true;
        }
      }
    } else if (hex) {
      return null;
    }
    if (i != n) {
      return null;
    }
    if (underscores && !underscoreOK(s)) {
      return null;
    }
    String clean = underscores ? s.replace("_", "") : s;
    double f;
    try {
      f = Double.parseDouble(clean);
    } catch (NumberFormatException e) {
      return null;
    }
    if (Double.isInfinite(f)) {
      return null;
    }
    return f;
  }

  /** fmt.Sscan of a complex128 from text; returns {real, imag}. */
  private static double[] scanComplex(String text) throws NumberError {
    int[] p = {0};
    String real = floatToken(text, p);
    if (!accept(text, p, "+-")) {
      throw new NumberError("syntax error scanning complex number");
    }
    String imagSign = text.substring(p[0] - 1, p[0]);
    String imag = floatToken(text, p);
    if (!accept(text, p, "i")) {
      throw new NumberError("syntax error scanning complex number");
    }
    return new double[] {convertFloat(real), convertFloat(imagSign + imag)};
  }

  private static boolean accept(String s, int[] p, String valid) {
    if (p[0] < s.length() && valid.indexOf(s.charAt(p[0])) >= 0) {
      p[0]++;
      return true;
    }
    return false;
  }

  private static String floatToken(String s, int[] p) {
    int start = p[0];
    if (accept(s, p, "nN") && accept(s, p, "aA") && accept(s, p, "nN")) {
      return s.substring(start, p[0]);
    }
    accept(s, p, "+-");
    if (accept(s, p, "iI") && accept(s, p, "nN") && accept(s, p, "fF")) {
      return s.substring(start, p[0]);
    }
    String digits = "0123456789_";
    String exp = "eEpP";
    if (accept(s, p, "0") && accept(s, p, "xX")) {
      digits = "0123456789aAbBcCdDeEfF_";
      exp = "pP";
    }
    while (accept(s, p, digits)) {
      // absorb
    }
    if (accept(s, p, ".")) {
      while (accept(s, p, digits)) {
        // absorb
      }
    }
    if (accept(s, p, exp)) {
      accept(s, p, "+-");
      while (accept(s, p, "0123456789_")) {
        // absorb
      }
    }
    return s.substring(start, p[0]);
  }

  private static double convertFloat(String str) throws NumberError {
    Double f = parseFloat(str);
    if (f == null) {
      throw new NumberError(
          "strconv.ParseFloat: parsing "
              + GoText.quote(str)
              + ": "
              + (isRangeError(str) ? "value out of range" : "invalid syntax"));
    }
    return f;
  }

  private static boolean isRangeError(String str) {
    try {
      return Double.isInfinite(Double.parseDouble(str.replace("_", "")));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
