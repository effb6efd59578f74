package io.rset.core.time;

import java.util.ArrayList;
import java.util.List;

/**
 * The bits of Go's {@code strings} and {@code strconv} packages the cron parser relies on: Unicode
 * white space as {@code unicode.IsSpace} defines it, {@code strconv.Atoi} and {@code strconv.Quote}
 * for its error texts.
 */
final class GoStrings {
  private GoStrings() {}

  /** Go's {@code unicode.IsSpace}. */
  static boolean isSpace(int c) {
    return switch (c) {
      case '\t',
          '\n',
          0x0B,
          '\f',
          '\r',
          ' ',
          0x85,
          0xA0,
          0x1680,
          0x2028,
          0x2029,
          0x202F,
          0x205F,
          0x3000 ->
          true;
      default -> c >= 0x2000 && c <= 0x200A;
    };
  }

  /** Go's {@code strings.Fields}: the runs of non-space characters. */
  static List<String> fields(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (isSpace(c)) {
        if (start >= 0) {
          out.add(s.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      out.add(s.substring(start));
    }
    return out;
  }

  /** Go's {@code strings.TrimSpace}. */
  static String trimSpace(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.codePointAt(from))) {
      from += Character.charCount(s.codePointAt(from));
    }
    while (to > from && isSpace(s.codePointBefore(to))) {
      to -= Character.charCount(s.codePointBefore(to));
    }
    return s.substring(from, to);
  }

  /**
   * Go's {@code strconv.Atoi} on 64-bit: optional sign, decimal digits only.
   *
   * @throws IllegalArgumentException with Go's {@code strconv.Atoi: parsing "x": ...} text
   */
  static long atoi(String s) {
    String digits = s;
    boolean neg = false;
    if (!digits.isEmpty() && (digits.charAt(0) == '+' || digits.charAt(0) == '-')) {
      neg = digits.charAt(0) == '-';
      digits = digits.substring(1);
    }
    if (digits.isEmpty()) {
      throw atoiError(s, "invalid syntax");
    }
    long n = 0; // magnitude, at most 1<<63 (as an unsigned value)
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw atoiError(s, "invalid syntax");
      }
      if (Long.compareUnsigned(n, Long.divideUnsigned(-1L, 10) + 1) >= 0) {
        throw atoiError(s, "value out of range");
      }
      long next = n * 10 + (c - '0');
      if (Long.compareUnsigned(next, n * 10) < 0) {
        throw atoiError(s, "value out of range");
      }
      n = next;
    }
    if (!neg && Long.compareUnsigned(n, Long.MIN_VALUE) >= 0) {
      throw atoiError(s, "value out of range");
    }
    if (neg && Long.compareUnsigned(n, Long.MIN_VALUE) > 0) {
      throw atoiError(s, "value out of range");
    }
    return neg ? -n : n;
  }

  private static IllegalArgumentException atoiError(String s, String why) {
    return new IllegalArgumentException("strconv.Atoi: parsing " + quote(s) + ": " + why);
  }

  /** Go's {@code strconv.Quote}: printable characters as they are, the rest escaped. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"', '\\' -> b.append('\\').append((char) c);
                case 0x07 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case 0x0B -> b.append("\\v");
                default -> {
                  if (isPrint(c)) {
                    b.appendCodePoint(c);
                  } else if (c < ' ' || c == 0x7F) {
                    b.append(String.format("\\x%02x", c));
                  } else if (c < 0x10000) {
                    b.append(String.format("\\u%04x", c));
                  } else {
                    b.append(String.format("\\U%08x", c));
                  }
                }
              }
            });
    return b.append('"').toString();
  }

  /** Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and ' '. */
  private static boolean isPrint(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.UNASSIGNED,
          Character.PRIVATE_USE,
          Character.SURROGATE,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          false;
      default -> true;
    };
  }
}
