package io.rset.cluster.get;

import io.rset.cluster.access.Condition;
import io.rset.cluster.access.ObjectMaps;
import io.rset.cluster.wait.ReadinessCheck;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** The READY, MESSAGE and LAST RECONCILED cells shared by the §6.3 tables. */
final class StatusColumns {
  private StatusColumns() {}

  /** {@code Suspended} when disabled, else the Ready status, {@code Unknown} when absent. */
  static String ready(Map<String, Object> obj) {
    if (ReadinessCheck.isDisabled(obj)) {
      return "Suspended";
    }
    return Condition.ready(obj).map(Condition::status).filter(s -> !s.isEmpty()).orElse("Unknown");
  }

  /** The Ready message, empty when absent. */
  static String message(Map<String, Object> obj) {
    return Condition.ready(obj).map(Condition::message).orElse("");
  }

  /** The Ready condition's lastTransitionTime in Go's format, {@code Unknown} when absent. */
  static String lastReconciled(Map<String, Object> obj, ZoneId zone) {
    return Condition.ready(obj)
        .map(Condition::lastTransitionTime)
        .flatMap(t -> GoTime.format(t, zone))
        .orElse("Unknown");
  }

  /** {@code status.nextSchedule.when} in Go's format, empty when absent. */
  static String nextSchedule(Map<String, Object> obj, ZoneId zone) {
    return Optional.ofNullable(ObjectMaps.string(obj, "status", "nextSchedule", "when"))
        .flatMap(t -> GoTime.format(t, zone))
        .orElse("");
  }
}
