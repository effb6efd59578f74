package io.rset.core.build;

import io.rset.core.model.CommonMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Post-build metadata (spec §3.9.1 owner labels, §3.9.2 commonMetadata), applied in place.
 *
 * <p>Labels and annotations are rewritten as string maps the way unstructured objects are updated:
 * an existing map is read as strings (null values become ""; a map holding any other non-string
 * value is ignored and replaced), and a map is written only when it ends up non-empty.
 */
public final class ObjectMetadata {
  private ObjectMetadata() {}

  public static final String NAME_LABEL = "resourceset.fluxcd.controlplane.io/name";
  public static final String NAMESPACE_LABEL = "resourceset.fluxcd.controlplane.io/namespace";

  /** Which of the two orders to merge in. */
  public enum Order {
    /** {@code build rset}: commonMetadata, then owner labels (owner labels win). */
    CLI,
    /** The controller: owner labels, then commonMetadata (commonMetadata wins). */
    CONTROLLER
  }

  /** Merges commonMetadata and the owner labels of ResourceSet namespace/name into each object. */
  public static void apply(
      List<Map<String, Object>> objects,
      CommonMetadata common,
      String name,
      String namespace,
      Order order) {
    Map<String, String> owner = new LinkedHashMap<>();
    owner.put(NAME_LABEL, name);
    owner.put(NAMESPACE_LABEL, namespace);
    for (Map<String, Object> o : objects) {
      if (order == Order.CLI) {
        merge(o, common.labels(), common.annotations());
        merge(o, owner, Map.of());
      } else {
        merge(o, owner, Map.of());
        merge(o, common.labels(), common.annotations());
      }
    }
  }

  /** Merges labels and annotations into one object, overwriting existing keys. */
  public static void merge(
      Map<String, Object> o, Map<String, String> labels, Map<String, String> annotations) {
    mergeInto(o, "labels", labels);
    mergeInto(o, "annotations", annotations);
  }

  private static void mergeInto(Map<String, Object> o, String field, Map<String, String> add) {
    Map<String, String> current = KubeObjects.getStringMap(o, "metadata", field);
    Map<String, Object> merged = new LinkedHashMap<>();
    if (current != null) {
      merged.putAll(current);
    }
    merged.putAll(add);
    if (merged.isEmpty()) {
      return;
    }
    Object meta = o.get("metadata");
    if (meta == null && !o.containsKey("metadata")) {
      meta = new LinkedHashMap<String, Object>();
      o.put("metadata", meta);
    }
    if (meta instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> metadata = (Map<String, Object>) m;
      metadata.put(field, merged);
    }
  }
}
