package io.rset.core.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Label and annotation updates on built objects, done as the Flux CLI does them on unstructured
 * objects (spec §3.9.1, §3.9.2).
 */
final class ObjectMetadata {
  private ObjectMetadata() {}

  /**
   * Merges labels and annotations into {@code metadata.labels} / {@code metadata.annotations},
   * overwriting existing keys. As with Kubernetes' unstructured accessors, the existing map is read
   * as strings: a null value becomes {@code ""}, and a map holding any other non-string value is
   * dropped and replaced. A map is written only when it ends up non-empty.
   */
  static void merge(
      Map<String, Object> object, Map<String, String> labels, Map<String, String> annotations) {
    set(object, "labels", labels);
    set(object, "annotations", annotations);
  }

  @SuppressWarnings("unchecked")
  private static void set(Map<String, Object> object, String field, Map<String, String> add) {
    Map<String, Object> metadata =
        object.get("metadata") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    Map<String, Object> merged = new LinkedHashMap<>();
    if (metadata != null && metadata.get(field) instanceof Map<?, ?> existing) {
      for (Map.Entry<?, ?> e : existing.entrySet()) {
        Object v = e.getValue();
        if (v == null) {
          merged.put((String) e.getKey(), "");
        } else if (v instanceof String s) {
          merged.put((String) e.getKey(), s);
        } else {
          merged.clear();
          break;
        }
      }
    }
    merged.putAll(add);
    if (merged.isEmpty()) {
      return;
    }
    if (metadata == null) {
      metadata = new LinkedHashMap<>();
      object.put("metadata", metadata);
    }
    metadata.put(field, merged);
  }
}
