package io.rset.operator.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The labels of one {@code flux_<kind>_info} series (spec §4.15), read from an object as a plain
 * map.
 *
 * @param metric the series name
 * @param namespace the object's namespace (label {@code exported_namespace})
 * @param name the object's name
 * @param labels every label in exposition order, {@code uid} first
 */
record ObjectInfo(String metric, String namespace, String name, Map<String, String> labels) {
  static final String RESOURCE_SET = "ResourceSet";
  static final String INPUT_PROVIDER = "ResourceSetInputProvider";

  /** The series name for a kind, or null when the kind has none. */
  static String metricFor(String kind) {
    if (RESOURCE_SET.equals(kind)) {
      return "flux_resourceset_info";
    }
    if (INPUT_PROVIDER.equals(kind)) {
      return "flux_resourcesetinputprovider_info";
    }
    return null;
  }

  /** The info of an object, or null when its kind has no info series. */
  static ObjectInfo of(Map<String, Object> object) {
    String kind = string(object.get("kind"));
    String metric = metricFor(kind);
    if (metric == null) {
      return null;
    }
    Map<String, Object> metadata = map(object.get("metadata"));
    Map<String, Object> status = map(object.get("status"));
    Map<String, Object> ready = readyCondition(status);
    Map<String, String> labels = new LinkedHashMap<>();
    String namespace = string(metadata.get("namespace"));
    String name = string(metadata.get("name"));
    labels.put("uid", string(metadata.get("uid")));
    labels.put("kind", kind);
    labels.put("name", name);
    labels.put("exported_namespace", namespace);
    labels.put("ready", ready == null ? "Unknown" : readyStatus(ready));
    labels.put("reason", ready == null ? "" : string(ready.get("reason")));
    labels.put("suspended", suspended(metadata) ? "True" : "False");
    if (RESOURCE_SET.equals(kind)) {
      labels.put("resources", Integer.toString(inventorySize(status)));
      labels.put("revision", string(status.get("lastAppliedRevision")));
    } else {
      labels.put("url", string(map(object.get("spec")).get("url")));
    }
    return new ObjectInfo(metric, namespace, name, labels);
  }

  private static String readyStatus(Map<String, Object> ready) {
    String s = string(ready.get("status"));
    return s.equals("True") || s.equals("False") ? s : "Unknown";
  }

  private static Map<String, Object> readyCondition(Map<String, Object> status) {
    if (status.get("conditions") instanceof List<?> conditions) {
      for (Object c : conditions) {
        Map<String, Object> condition = map(c);
        if ("Ready".equals(condition.get("type"))) {
          return condition;
        }
      }
    }
    return null;
  }

  private static boolean suspended(Map<String, Object> metadata) {
    Object value = map(metadata.get("annotations")).get("fluxcd.controlplane.io/reconcile");
    return value instanceof String s && s.toLowerCase(Locale.ROOT).equals("disabled");
  }

  private static int inventorySize(Map<String, Object> status) {
    return map(status.get("inventory")).get("entries") instanceof List<?> entries
        ? entries.size()
        : 0;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static String string(Object o) {
    return o == null ? "" : o.toString();
  }
}
