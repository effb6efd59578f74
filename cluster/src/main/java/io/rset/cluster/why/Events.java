package io.rset.cluster.why;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns raw core/v1 Events and events.k8s.io/v1 Events into {@link EventRecord}s about one object:
 * filtered on {@code involvedObject}/{@code regarding} (for a workload, its Pods and ReplicaSets
 * too), duplicates (the same event seen through both APIs) dropped, newest first.
 */
final class Events {
  /** How many events {@code rset why} shows. */
  static final int LIMIT = 5;

  private Events() {}

  /** The newest {@code limit} events about ref among {@code raw}. */
  static List<EventRecord> about(ObjectRef ref, List<Map<String, Object>> raw, int limit) {
    List<EventRecord> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Map<String, Object> e : raw) {
      if (!concerns(ref, subject(e))) {
        continue;
      }
      EventRecord r = record(e);
      String uid = Fields.string(e, "metadata", "uid");
      boolean newUid = uid.isEmpty() || seen.add("uid:" + uid);
      if (newUid && seen.add(r.time() + "|" + r.reason() + "|" + r.message())) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparing(EventRecord::time).reversed());
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  /** Kinds whose Pods (and ReplicaSets) are named after them: their events count as theirs. */
  static boolean isWorkload(ObjectRef ref) {
    return switch (ref.kind()) {
      case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob" -> true;
      default -> false;
    };
  }

  private static boolean concerns(ObjectRef ref, Map<String, Object> subject) {
    String kind = Fields.string(subject, "kind");
    String name = Fields.string(subject, "name");
    if (!Fields.string(subject, "namespace").equals(ref.namespace())) {
      return false;
    }
    if (kind.equals(ref.kind()) && name.equals(ref.name())) {
      return true;
    }
    return isWorkload(ref)
        && (kind.equals("Pod") || kind.equals("ReplicaSet") || kind.equals("Job"))
        && name.startsWith(ref.name() + "-");
  }

  private static boolean isNewApi(Map<String, Object> e) {
    return Fields.string(e, "apiVersion").startsWith("events.k8s.io/")
        || (!Fields.map(e, "regarding").isEmpty() && Fields.map(e, "involvedObject").isEmpty());
  }

  private static Map<String, Object> subject(Map<String, Object> e) {
    return isNewApi(e) ? Fields.map(e, "regarding") : Fields.map(e, "involvedObject");
  }

  private static EventRecord record(Map<String, Object> e) {
    boolean v1 = isNewApi(e);
    String message = v1 ? Fields.string(e, "note") : Fields.string(e, "message");
    String time =
        first(
            Fields.string(e, "series", "lastObservedTime"),
            v1 ? Fields.string(e, "deprecatedLastTimestamp") : Fields.string(e, "lastTimestamp"),
            Fields.string(e, "eventTime"),
            v1 ? Fields.string(e, "deprecatedFirstTimestamp") : Fields.string(e, "firstTimestamp"),
            Fields.string(e, "metadata", "creationTimestamp"));
    Long count =
        v1
            ? first(Fields.number(e, "series", "count"), Fields.number(e, "deprecatedCount"))
            : first(Fields.number(e, "count"), Fields.number(e, "series", "count"));
    String source =
        first(
            Fields.string(e, "reportingController"),
            Fields.string(e, "reportingComponent"),
            Fields.string(e, "source", "component"),
            Fields.string(e, "deprecatedSource", "component"));
    return new EventRecord(
        normaliseTime(time),
        Fields.string(e, "type"),
        Fields.string(e, "reason"),
        message.strip(),
        count == null || count < 1 ? 1 : count,
        source);
  }

  /** MicroTime ({@code 2024-01-01T10:00:00.123456Z}) shown to the second, as kubectl does. */
  private static String normaliseTime(String t) {
    int dot = t.indexOf('.');
    if (dot > 0 && t.endsWith("Z")) {
      return t.substring(0, dot) + "Z";
    }
    return t;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (!v.isEmpty()) {
        return v;
      }
    }
    return "";
  }

  private static Long first(Long a, Long b) {
    return a != null ? a : b;
  }
}
