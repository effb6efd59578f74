package io.rset.cluster.why;

import java.util.List;
import java.util.Map;

/** Null-safe reads of plain object trees ({@code Map<String,Object>}, lists, scalars). */
final class Fields {
  private Fields() {}

  /** The value at path, or null when any step is missing or not a map. */
  static Object get(Object root, String... path) {
    Object cur = root;
    for (String p : path) {
      if (!(cur instanceof Map<?, ?> m)) {
        return null;
      }
      cur = m.get(p);
    }
    return cur;
  }

  /** The string at path, or "" when absent or not a scalar. */
  static String string(Object root, String... path) {
    Object v = get(root, path);
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Number || v instanceof Boolean) {
      return String.valueOf(v);
    }
    return "";
  }

  /** The integer at path, or null when absent or not a number. */
  static Long number(Object root, String... path) {
    Object v = get(root, path);
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof String s && s.matches("-?\\d{1,18}")) {
      return Long.parseLong(s);
    }
    return null;
  }

  /** True when the value at path is boolean true (or the string "true"). */
  static boolean isTrue(Object root, String... path) {
    Object v = get(root, path);
    return Boolean.TRUE.equals(v) || "true".equals(v);
  }

  /** The map at path, or an empty map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object root, String... path) {
    Object v = get(root, path);
    return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** The list at path, or an empty list. */
  @SuppressWarnings("unchecked")
  static List<Object> list(Object root, String... path) {
    Object v = get(root, path);
    return v instanceof List<?> l ? (List<Object>) l : List.of();
  }
}
