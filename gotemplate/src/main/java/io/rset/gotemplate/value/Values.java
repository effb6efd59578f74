package io.rset.gotemplate.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Helpers over template values shared by the executor and the function library. */
public final class Values {
  private Values() {}

  /**
   * Go's template truth ({@code isTrue}): false for nil, zero numbers, empty strings, empty or nil
   * slices and maps, false; true for everything else (structs such as time.Time are always true).
   */
  public static boolean isTrue(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof Long l) {
      return l != 0;
    }
    if (v instanceof Double d) {
      return d != 0;
    }
    if (v instanceof GoInt i) {
      return i.value() != 0;
    }
    if (v instanceof List<?> l) {
      return !l.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    if (v instanceof GoSlice s) {
      return !s.items().isEmpty();
    }
    if (v instanceof GoMap m) {
      return !m.entries().isEmpty();
    }
    if (v instanceof GoComplex c) {
      return c.real() != 0 || c.imag() != 0;
    }
    if (v instanceof TypedNil) {
      return false;
    }
    return true;
  }

  /** Whether the value is a slice ({@link List}, {@link GoSlice}, or a nil slice). */
  public static boolean isSlice(Object v) {
    return v instanceof List
        || v instanceof GoSlice
        || (v instanceof TypedNil n && n.goType().kind() == GoType.Kind.SLICE);
  }

  /** Whether the value is a map ({@link Map}, {@link GoMap}, or a nil map). */
  public static boolean isMap(Object v) {
    return v instanceof Map
        || v instanceof GoMap
        || (v instanceof TypedNil n && n.goType().kind() == GoType.Kind.MAP);
  }

  /** The items of a slice value (empty for a nil slice); null if the value is not a slice. */
  @SuppressWarnings("unchecked")
  public static List<Object> asList(Object v) {
    if (v instanceof List<?> l) {
      return (List<Object>) l;
    }
    if (v instanceof GoSlice s) {
      return s.items();
    }
    if (v instanceof TypedNil n && n.goType().kind() == GoType.Kind.SLICE) {
      return List.of();
    }
    return null;
  }

  /** The entries of a map value (empty for a nil map); null if the value is not a map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> asMap(Object v) {
    if (v instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    if (v instanceof GoMap m) {
      return m.entries();
    }
    if (v instanceof TypedNil n && n.goType().kind() == GoType.Kind.MAP) {
      return Map.of();
    }
    return null;
  }

  /** The keys of a map in Go's order for strings: byte-wise over UTF-8. */
  public static List<String> sortedKeys(Map<String, ?> map) {
    List<String> keys = new ArrayList<>(map.keySet());
    if (keys.size() > 1) {
      Collections.sort(keys, Values::compareStrings);
    }
    return keys;
  }

  /**
   * Compares strings the way Go does: byte-wise over their UTF-8 encodings. This differs from
   * {@link String#compareTo} only when surrogate pairs meet characters in U+E000..U+FFFF.
   */
  public static int compareStrings(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char ca = a.charAt(i);
      char cb = b.charAt(i);
      if (ca != cb) {
        boolean sa = Character.isSurrogate(ca);
        boolean sb = Character.isSurrogate(cb);
        if (sa != sb) {
          // A surrogate encodes a code point above U+FFFF, which sorts after any BMP char in UTF-8.
          return sa ? 1 : -1;
        }
        return ca - cb;
      }
    }
    return a.length() - b.length();
  }

  /** The number of bytes of the UTF-8 encoding of s[begin, end). */
  public static int utf8Length(CharSequence s, int begin, int end) {
    int n = 0;
    for (int i = begin; i < end; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < end
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
