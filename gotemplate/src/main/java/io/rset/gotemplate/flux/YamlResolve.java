package io.rset.gotemplate.flux;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * go-yaml v2's implicit typing of plain scalars ({@code resolve}), reduced to the question its
 * encoder asks: would this string, written unquoted, read back as something other than a string? If
 * so the encoder double-quotes it.
 */
final class YamlResolve {
  private YamlResolve() {}

  /** The words go-yaml v2 resolves to bool, null, float specials or the merge key. */
  private static final Set<String> WORDS =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "n", "N", "no",
          "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "", "~", "null", "Null",
          "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
          "-.inf", "-.Inf", "-.INF", "<<");

  private static final Pattern YAML_FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9]+([eE][-+]?[0-9]+)?");
  private static final Pattern BASE60 =
      Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?");

  /**
   * Whether go-yaml v2's encoder may write s as a plain scalar: it resolves to a string and is not
   * a YAML 1.1 base-60 float.
   */
  static boolean canUsePlain(String s) {
    return resolvesToString(s) && !isBase60Float(s);
  }

  static boolean resolvesToString(String s) {
    if (s.isEmpty()) {
      return false; // null
    }
    char c = s.charAt(0);
    boolean sign = c == '+' || c == '-';
    boolean digit = c >= '0' && c <= '9';
    boolean inMap = "yYnNtTfFoO~".indexOf(c) >= 0;
    if (!sign && !digit && !inMap && c != '.') {
      return true;
    }
    if (WORDS.contains(s)) {
      return false;
    }
    if (inMap) {
      return true;
    }
    if (c == '.') {
      return !(DOT_FLOAT.matcher(s).matches() && Double.isFinite(Double.parseDouble(s)));
    }
    if (digit && GoTimestamp.parses(s)) {
      return false;
    }
    String plain = s.indexOf('_') >= 0 ? s.replace("_", "") : s;
    if (parseIntOk(plain, 0, true) || parseIntOk(plain, 0, false)) {
      return false;
    }
    if (YAML_FLOAT.matcher(plain).matches() && Double.isFinite(Double.parseDouble(plain))) {
      return false;
    }
    if (plain.startsWith("0b")) {
      String rest = plain.substring(2);
      if (parseIntOk(rest, 2, true) || parseIntOk(rest, 2, false)) {
        return false;
      }
    } else if (plain.startsWith("-0b")) {
      if (parseIntOk("-" + plain.substring(3), 2, true)) {
        return false;
      }
    }
    return true;
  }

  static boolean isBase60Float(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    if (!(c == '+' || c == '-' || (c >= '0' && c <= '9')) || s.indexOf(':') < 0) {
      return false;
    }
    return BASE60.matcher(s).matches();
  }

  /**
   * Whether Go's {@code strconv.ParseInt(s, base, 64)} (signed) or {@code ParseUint(s, base, 64)}
   * (unsigned) succeeds. Base 0 takes the 0b/0o/0x/0 prefixes. Underscores are never accepted here
   * (the caller removed them).
   */
  static boolean parseIntOk(String s, int base, boolean signed) {
    if (s.isEmpty()) {
      return false;
    }
    boolean neg = false;
    int i = 0;
    if (signed && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      neg = s.charAt(0) == '-';
      i = 1;
      if (s.length() == 1) {
        return false;
      }
    }
    if (base == 0) {
      base = 10;
      if (s.charAt(i) == '0') {
        char p = s.length() - i >= 3 ? Character.toLowerCase(s.charAt(i + 1)) : 0;
        if (p == 'b') {
          base = 2;
          i += 2;
        } else if (p == 'o') {
          base = 8;
          i += 2;
        } else if (p == 'x') {
          base = 16;
          i += 2;
        } else {
          base = 8;
          i += 1;
        }
      }
    }
    // Accumulate as unsigned 64-bit, detecting overflow.
    long n = 0;
    for (; i < s.length(); i++) {
      char ch = s.charAt(i);
      int d;
      if (ch >= '0' && ch <= '9') {
        d = ch - '0';
      } else if (ch >= 'a' && ch <= 'z') {
        d = ch - 'a' + 10;
      } else if (ch >= 'A' && ch <= 'Z') {
        d = ch - 'A' + 10;
      } else {
        return false;
      }
      if (d >= base) {
        return false;
      }
      if (Long.compareUnsigned(n, Long.divideUnsigned(-1L, base)) > 0) {
        return false;
      }
      long m = n * base;
      long n1 = m + d;
      if (Long.compareUnsigned(n1, m) < 0) {
        return false;
      }
      n = n1;
    }
    if (!signed) {
      return true;
    }
    // int64 range: up to 2^63-1, or 2^63 when negative.
    return neg ? Long.compareUnsigned(n, Long.MIN_VALUE) <= 0 : n >= 0;
  }
}
