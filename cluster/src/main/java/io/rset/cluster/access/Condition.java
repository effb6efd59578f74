package io.rset.cluster.access;

import java.util.Map;
import java.util.Optional;

/**
 * A {@code metav1.Condition} of an object's {@code status.conditions}; absent fields are empty
 * strings, an absent {@code observedGeneration} is 0 (Go's zero value).
 */
public record Condition(
    String type,
    String status,
    String reason,
    String message,
    long observedGeneration,
    String lastTransitionTime) {

  /** The condition of the given type in {@code status.conditions}, if any. */
  public static Optional<Condition> find(Map<String, Object> object, String type) {
    for (Map<String, Object> c : ObjectMaps.maps(ObjectMaps.list(object, "status", "conditions"))) {
      if (type.equals(c.get("type"))) {
        Long gen = ObjectMaps.number(c, "observedGeneration");
        return Optional.of(
            new Condition(
                type,
                ObjectMaps.stringOrEmpty(c, "status"),
                ObjectMaps.stringOrEmpty(c, "reason"),
                ObjectMaps.stringOrEmpty(c, "message"),
                gen == null ? 0 : gen,
                ObjectMaps.stringOrEmpty(c, "lastTransitionTime")));
      }
    }
    return Optional.empty();
  }

  /** The object's Ready condition, if any. */
  public static Optional<Condition> ready(Map<String, Object> object) {
    return find(object, "Ready");
  }
}
