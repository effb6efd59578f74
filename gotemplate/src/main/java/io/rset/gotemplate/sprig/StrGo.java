package io.rset.gotemplate.sprig;

import io.rset.gotemplate.fmt.GoFmt;
import io.rset.gotemplate.fmt.GoStrconv;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import io.rset.gotemplate.value.Values;
import java.util.ArrayList;
import java.util.List;

/** Go's strings and unicode package functions over Java strings, code point by code point. */
final class StrGo {
  private StrGo() {}

  /** strings.Trim(s, cutset): strips leading and trailing code points contained in cutset. */
  static String trim(String s, String cutset) {
    if (s.isEmpty() || cutset.isEmpty()) {
      return s;
    }
    int start = 0;
    int end = s.length();
    while (start < end) {
      int c = s.codePointAt(start);
      if (!containsCodePoint(cutset, c)) {
        break;
      }
      start += Character.charCount(c);
    }
    while (end > start) {
      int c = s.codePointBefore(end);
      if (!containsCodePoint(cutset, c)) {
        break;
      }
      end -= Character.charCount(c);
    }
    return s.substring(start, end);
  }

  private static boolean containsCodePoint(String set, int c) {
    return set.indexOf(c) >= 0;
  }

  /** strings.ToUpper (simple per-rune mapping, no locale). */
  static String toUpper(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.appendCodePoint(Character.toUpperCase(c)));
    return sb.toString();
  }

  /** strings.ToLower (simple per-rune mapping, no locale). */
  static String toLower(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.appendCodePoint(Character.toLowerCase(c)));
    return sb.toString();
  }

  /** strings.Title: title-cases the first letter of each word (words split by isSeparator). */
  static String title(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int prev = ' ';
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      sb.appendCodePoint(isSeparator(prev) ? Character.toTitleCase(c) : c);
      prev = c;
    }
    return sb.toString();
  }

  private static boolean isSeparator(int r) {
    if (r <= 0x7F) {
      return !((r >= '0' && r <= '9')
          || (r >= 'a' && r <= 'z')
          || (r >= 'A' && r <= 'Z')
          || r == '_');
    }
    if (Character.isLetter(r) || Character.isDigit(r)) {
      return false;
    }
    return GoStrconv.isSpace(r);
  }

  /** The number of bytes of a result of strings.Replace(s, old, new, -1). */
  static long replacedLength(String s, String old, String repl) {
    int n = count(s, old);
    return StrBytes.byteLength(s)
        + (long) n * (StrBytes.byteLength(repl) - StrBytes.byteLength(old));
  }

  /** strings.Count: non-overlapping instances; for an empty sep, the rune count plus one. */
  static int count(String s, String sep) {
    if (sep.isEmpty()) {
      return s.codePointCount(0, s.length()) + 1;
    }
    int n = 0;
    for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, i + sep.length())) {
      n++;
    }
    return n;
  }

  /** strings.Replace(s, old, new, -1). */
  static String replaceAll(String s, String old, String repl) {
    if (old.equals(repl)) {
      return s;
    }
    if (!old.isEmpty()) {
      return s.replace(old, repl);
    }
    // An empty old matches at the start and after each rune.
    StringBuilder sb = new StringBuilder(s.length() + (s.length() + 1) * repl.length());
    sb.append(repl);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      sb.appendCodePoint(c).append(repl);
    }
    return sb.toString();
  }

  /** strings.SplitN(s, sep, n); n < 0 means all; n == 0 returns null (a nil slice). */
  static List<String> splitN(String s, String sep, int n) {
    if (n == 0) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (sep.isEmpty()) {
      // explode: one string per rune, the last holding the rest.
      int i = 0;
      while (i < s.length()) {
        if (n > 0 && out.size() == n - 1) {
          out.add(s.substring(i));
          return out;
        }
        int c = s.codePointAt(i);
        int next = i + Character.charCount(c);
        out.add(s.substring(i, next));
        i = next;
      }
      return out;
    }
    int start = 0;
    while (n < 0 || out.size() < n - 1) {
      int i = s.indexOf(sep, start);
      if (i < 0) {
        break;
      }
      out.add(s.substring(start, i));
      start = i + sep.length();
    }
    out.add(s.substring(start));
    return out;
  }

  /** sprig's strval: the string itself, else fmt's %v. */
  static String strval(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof GoSlice sl && sl.goType().equals(GoType.SLICE_BYTE)) {
      byte[] b = new byte[sl.items().size()];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) ((io.rset.gotemplate.value.GoInt) sl.items().get(i)).value();
      }
      return StrBytes.decode(b);
    }
    return GoFmt.formatValue(v);
  }

  /**
   * sprig's strslice: a []string as is; the non-nil items of other slices through strval; nil as an
   * empty []string; any other value as a one-item []string.
   */
  static Object strslice(Object v) {
    if (v instanceof GoSlice s && s.goType().equals(GoType.SLICE_STRING)) {
      return s;
    }
    if (v instanceof TypedNil n && n.goType().equals(GoType.SLICE_STRING)) {
      return n;
    }
    List<Object> items = Values.asList(v);
    if (items != null) {
      List<String> out = new ArrayList<>(items.size());
      for (Object o : items) {
        if (o != null) {
          out.add(strval(o));
        }
      }
      return GoSlice.ofStrings(out);
    }
    if (v == null) {
      return GoSlice.ofStrings(List.of());
    }
    return GoSlice.ofStrings(List.of(strval(v)));
  }

  /** The strings of a []string value produced by strslice (a TypedNil yields none). */
  static List<Object> items(Object strslice) {
    List<Object> l = Values.asList(strslice);
    return l == null ? List.of() : l;
  }
}
