package io.rset.gotemplate.parse;

import io.rset.gotemplate.fmt.GoStrconv;

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
      GoStrconv.ParsedFloat f = GoStrconv.parseFloat(text.substring(0, text.length() - 1));
      if (f.ok()) {
        n.isComplex = true;
        n.re = 0;
        n.im = f.value();
        n.simplifyComplex();
        return n.build(pos, text);
      }
    }
    GoStrconv.ParsedInt u = GoStrconv.parseUint(text, 0);
    if (u.ok()) {
      n.isUint = true;
      n.uint64 = u.value();
    }
    GoStrconv.ParsedInt i = GoStrconv.parseInt(text, 0);
    if (i.ok()) {
      n.isInt = true;
      n.int64 = i.value();
      if (i.value() == 0) {
        n.isUint = true;
        n.uint64 = u.ok() ? u.value() : 0;
      }
    }
    if (n.isInt) {
      n.isFloat = true;
      n.float64 = n.int64;
    } else if (n.isUint) {
      n.isFloat = true;
      n.float64 = unsignedToDouble(n.uint64);
    } else {
      GoStrconv.ParsedFloat f = GoStrconv.parseFloat(text);
      if (f.ok()) {
        if (!containsAny(text, ".eEpP")) {
          throw new NumberError("integer overflow: " + GoStrconv.quote(text));
        }
        n.isFloat = true;
        n.float64 = f.value();
        n.fillIntsFromFloat(f.value());
      }
    }
    if (!n.isInt && !n.isUint && !n.isFloat) {
      throw new NumberError("illegal number syntax: " + GoStrconv.quote(text));
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
    GoStrconv.ParsedFloat f = GoStrconv.parseFloat(str);
    if (!f.ok()) {
      throw new NumberError(f.error().message("ParseFloat", str));
    }
    return f.value();
  }
}
