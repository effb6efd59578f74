package io.rset.cluster.access;

import java.util.List;
import java.util.Map;

/** Null-safe reads of nested fields of an object held as {@code Map<String,Object>}. */
public final class ObjectMaps {
  private ObjectMaps() {}

  /** The value at path, or null when any step is missing or not a map. */
  public static Object get(Map<String, Object> object, String... path) {
    Object cur = object;
    for (String key : path) {
      if (!(cur instanceof Map<?, ?> m)) {
        return null;
      }
      cur = m.get(key);
    }
    return cur;
  }

  /** The string at path, or null when absent or not a string. */
  public static String string(Map<String, Object> object, String... path) {
    return get(object, path) instanceof String s ? s : null;
  }

  /** The string at path, or {@code ""} when absent. */
  public static String stringOrEmpty(Map<String, Object> object, String... path) {
    String s = string(object, path);
    return s == null ? "" : s;
  }

  /** The map at path, or an empty map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Map<String, Object> object, String... path) {
    return get(object, path) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** The list at path, or an empty list. */
  @SuppressWarnings("unchecked")
  public static List<Object> list(Map<String, Object> object, String... path) {
    return get(object, path) instanceof List<?> l ? (List<Object>) l : List.of();
  }

  /** The integer at path, or null when absent or not a number. */
  public static Long number(Map<String, Object> object, String... path) {
    return get(object, path) instanceof Number n ? n.longValue() : null;
  }

  /** Whether the boolean at path is true. */
  public static boolean isTrue(Map<String, Object> object, String... path) {
    return Boolean.TRUE.equals(get(object, path));
  }

  /** The list entries that are maps, in order. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> maps(List<Object> list) {
    return list.stream().filter(Map.class::isInstance).map(o -> (Map<String, Object>) o).toList();
  }
}
