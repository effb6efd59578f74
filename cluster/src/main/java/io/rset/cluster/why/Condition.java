package io.rset.cluster.why;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code status.conditions[]} entry (metav1.Condition). {@code observedGeneration} is null when
 * the condition does not carry one.
 */
public record Condition(
    String type,
    String status,
    String reason,
    String message,
    Long observedGeneration,
    String lastTransitionTime) {

  /** The conditions of an object, in the order the object lists them. */
  static List<Condition> of(Map<String, Object> object) {
    List<Condition> out = new ArrayList<>();
    for (Object c : Fields.list(object, "status", "conditions")) {
      out.add(
          new Condition(
              Fields.string(c, "type"),
              Fields.string(c, "status"),
              Fields.string(c, "reason"),
              Fields.string(c, "message"),
              Fields.number(c, "observedGeneration"),
              Fields.string(c, "lastTransitionTime")));
    }
    return out;
  }

  public boolean isTrue() {
    return "True".equals(status);
  }

  public boolean isFalse() {
    return "False".equals(status);
  }

  /** {@code Ready=False DependencyNotReady}: the type, status and reason on one line. */
  public String headline() {
    return type + "=" + status + (reason.isEmpty() ? "" : " " + reason);
  }
}
