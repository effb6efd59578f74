package io.rset.platform.substitute;

import java.util.Arrays;
import java.util.List;

/**
 * The operators of fluxcd/pkg/envsubst (funcs.go, {@code lookupFunc}), with Go's byte semantics:
 * lengths and offsets count UTF-8 bytes.
 */
final class EnvsubstFunctions {
  private EnvsubstFunctions() {}

  /** Applies operator {@code name} with {@code args} to the value {@code v}. */
  static String apply(String name, String v, List<String> args) {
    return switch (name) {
      case "," -> toLowerFirst(v);
      case ",," -> toLower(v);
      case "^" -> toUpperFirst(v);
      case "^^" -> toUpper(v);
      case "#" -> args.isEmpty() ? toLen(v) : trimShortestPrefix(v, args);
      case "##" -> trimLongestPrefix(v, args);
      case "%" -> trimShortestSuffix(v, args);
      case "%%" -> trimLongestSuffix(v, args);
      case ":" -> toSubstr(v, args);
      case "/#" -> replacePrefix(v, args);
      case "/%" -> replaceSuffix(v, args);
      case "/" -> replaceFirst(v, args);
      case "//" -> replaceAll(v, args);
      default -> toDefault(v, args);
    };
  }

  static String toLen(String s) {
    return Integer.toString(Utf8.bytes(s).length);
  }

  static String toLower(String s) {
    return mapRunes(s, Character::toLowerCase, Integer.MAX_VALUE);
  }

  static String toUpper(String s) {
    return mapRunes(s, Character::toUpperCase, Integer.MAX_VALUE);
  }

  static String toLowerFirst(String s) {
    return mapRunes(s, Character::toLowerCase, 1);
  }

  static String toUpperFirst(String s) {
    return mapRunes(s, Character::toUpperCase, 1);
  }

  /** Go's per-rune simple case mapping of the first {@code limit} runes. */
  private static String mapRunes(String s, java.util.function.IntUnaryOperator f, int limit) {
    StringBuilder sb = new StringBuilder(s.length());
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      sb.appendCodePoint(n++ < limit ? f.applyAsInt(r) : r);
      i += Character.charCount(r);
    }
    return sb.toString();
  }

  static String toDefault(String s, List<String> args) {
    if (s.isEmpty() && !args.isEmpty()) {
      return String.join("", args);
    }
    return s;
  }

  static String toSubstr(String value, List<String> args) {
    if (args.isEmpty()) {
      return value;
    }
    byte[] s = Utf8.bytes(value);
    Long parsedPos = atoi(args.get(0));
    if (parsedPos == null) {
      return value;
    }
    long pos = parsedPos;
    if (pos < 0) {
      pos = s.length + pos;
      if (pos < 0) {
        pos = 0;
      }
    }
    if (args.size() == 1) {
      return pos < s.length ? slice(s, (int) pos, s.length) : "";
    }
    Long parsedLength = atoi(args.get(1));
    if (parsedLength == null) {
      return value;
    }
    long end = pos + parsedLength; // Go's int arithmetic wraps the same way
    if (end >= s.length) {
      return pos < s.length ? slice(s, (int) pos, s.length) : "";
    }
    if (end < pos) {
      // Go panics here: s[pos:end] with end < pos
      throw new EnvsubstException(
          "panic: runtime error: slice bounds out of range [" + pos + ":" + end + "]", -1, null);
    }
    return slice(s, (int) pos, (int) end);
  }

  /** Go's {@code strconv.Atoi}: optional sign, decimal digits, int64 range. */
  private static Long atoi(String s) {
    int i = 0;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      i = 1;
    }
    if (i >= s.length()) {
      return null;
    }
    for (int j = i; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    try {
      return Long.parseLong(s.charAt(0) == '+' ? s.substring(1) : s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String slice(byte[] s, int from, int to) {
    return Utf8.string(s, from, to - from);
  }

  static String replaceAll(String s, List<String> args) {
    return switch (args.size()) {
      case 0 -> s;
      case 1 -> goReplace(s, args.get(0), "", -1);
      default -> goReplace(s, args.get(0), args.get(1), -1);
    };
  }

  static String replaceFirst(String s, List<String> args) {
    return switch (args.size()) {
      case 0 -> s;
      case 1 -> goReplace(s, args.get(0), "", 1);
      default -> goReplace(s, args.get(0), args.get(1), 1);
    };
  }

  static String replacePrefix(String s, List<String> args) {
    if (args.size() != 2) {
      return s;
    }
    if (s.startsWith(args.get(0))) {
      return goReplace(s, args.get(0), args.get(1), 1);
    }
    return s;
  }

  static String replaceSuffix(String s, List<String> args) {
    if (args.size() != 2) {
      return s;
    }
    if (s.endsWith(args.get(0))) {
      return s.substring(0, s.length() - args.get(0).length()) + args.get(1);
    }
    return s;
  }

  /**
   * Go's {@code strings.Replace}: an empty {@code old} matches at the start and after each rune, up
   * to {@code n} times ({@code n < 0}: no limit).
   */
  static String goReplace(String s, String old, String with, int n) {
    if (old.equals(with) || n == 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    int count = 0;
    int i = 0;
    if (old.isEmpty()) {
      while (n < 0 || count < n) {
        sb.append(with);
        count++;
        if (i >= s.length()) {
          return sb.toString();
        }
        int r = s.codePointAt(i);
        sb.appendCodePoint(r);
        i += Character.charCount(r);
      }
      return sb.append(s, i, s.length()).toString();
    }
    while (n < 0 || count < n) {
      int j = s.indexOf(old, i);
      if (j < 0) {
        break;
      }
      sb.append(s, i, j).append(with);
      i = j + old.length();
      count++;
    }
    return sb.append(s, i, s.length()).toString();
  }

  static String trimShortestPrefix(String s, List<String> args) {
    if (args.isEmpty()) {
      return s;
    }
    return Utf8.string(trimShortest(Utf8.bytes(s), Utf8.bytes(args.get(0))));
  }

  static String trimLongestPrefix(String s, List<String> args) {
    if (args.isEmpty()) {
      return s;
    }
    return Utf8.string(trimLongest(Utf8.bytes(s), Utf8.bytes(args.get(0))));
  }

  static String trimShortestSuffix(String s, List<String> args) {
    if (args.isEmpty()) {
      return s;
    }
    byte[] r = reverse(Utf8.bytes(s));
    byte[] rarg = reverse(Utf8.bytes(args.get(0)));
    return Utf8.string(reverse(trimShortest(r, rarg)));
  }

  static String trimLongestSuffix(String s, List<String> args) {
    if (args.isEmpty()) {
      return s;
    }
    byte[] r = reverse(Utf8.bytes(s));
    byte[] rarg = reverse(Utf8.bytes(args.get(0)));
    return Utf8.string(reverse(trimLongest(r, rarg)));
  }

  private static byte[] trimShortest(byte[] s, byte[] arg) {
    int shortest = 0;
    for (int i = 0; i < s.length; i++) {
      boolean match;
      try {
        match = GlobMatch.match(arg, Arrays.copyOf(s, s.length - i));
      } catch (GlobMatch.BadPattern e) {
        return s;
      }
      if (match) {
        shortest = s.length - i;
      }
    }
    return shortest > 0 ? Arrays.copyOfRange(s, shortest, s.length) : s;
  }

  private static byte[] trimLongest(byte[] s, byte[] arg) {
    for (int i = 0; i < s.length; i++) {
      boolean match;
      try {
        match = GlobMatch.match(arg, Arrays.copyOf(s, s.length - i));
      } catch (GlobMatch.BadPattern e) {
        return s;
      }
      if (match) {
        return Arrays.copyOfRange(s, s.length - i, s.length);
      }
    }
    return s;
  }

  /** Go's {@code reverse}: the runes in reverse order (invalid bytes become U+FFFD). */
  private static byte[] reverse(byte[] s) {
    int[] r = Utf8.runes(s);
    for (int i = 0, j = r.length - 1; i < j; i++, j--) {
      int t = r[i];
      r[i] = r[j];
      r[j] = t;
    }
    return Utf8.encode(r);
  }
}
