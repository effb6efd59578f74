package io.rset.operator.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object kept as plain values (String, Number, Boolean, null, List, Map), so the operator
 * reads a custom resource's spec with the same reader as the CLI instead of a second typed model.
 */
public class FreeFormObject extends LinkedHashMap<String, Object> {
  private static final long serialVersionUID = 1L;

  public FreeFormObject() {}

  public FreeFormObject(Map<String, ?> values) {
    super(values);
  }

  /** The string at {@code key}, or null when absent or not a string. */
  public String string(String key) {
    return get(key) instanceof String s ? s : null;
  }

  /** The object at {@code key}, or null when absent or not an object. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> object(String key) {
    return get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  /** The list of objects at {@code key}; empty when absent, non-object items skipped. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> objects(String key) {
    if (!(get(key) instanceof List<?> l)) {
      return List.of();
    }
    return l.stream().filter(Map.class::isInstance).map(o -> (Map<String, Object>) o).toList();
  }
}
