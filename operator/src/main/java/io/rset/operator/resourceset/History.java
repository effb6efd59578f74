package io.rset.operator.resourceset;

import io.rset.core.time.GoDuration;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code status.history} (spec §4.13): at most 5 snapshots, newest first, deduplicated on (digest,
 * status).
 */
final class History {
  static final int MAX = 5;

  private History() {}

  /** The history after recording one reconcile. */
  static List<Map<String, Object>> upsert(
      List<Map<String, Object>> history,
      String digest,
      Instant now,
      Duration duration,
      String status,
      Map<String, String> metadata) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> h : history) {
      out.add(new LinkedHashMap<>(h));
    }
    String time = now.truncatedTo(ChronoUnit.SECONDS).toString();
    for (int i = 0; i < out.size(); i++) {
      Map<String, Object> h = out.get(i);
      if (digest.equals(h.get("digest")) && status.equals(h.get("lastReconciledStatus"))) {
        h.put("lastReconciled", time);
        h.put("lastReconciledDuration", GoDuration.format(duration));
        Object total = h.get("totalReconciliations");
        h.put("totalReconciliations", (total instanceof Number n ? n.longValue() : 0L) + 1);
        if (metadata == null || metadata.isEmpty()) {
          h.remove("metadata");
        } else {
          h.put("metadata", new LinkedHashMap<>(metadata));
        }
        out.remove(i);
        out.add(0, h);
        return out;
      }
    }
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("digest", digest);
    h.put("firstReconciled", time);
    h.put("lastReconciled", time);
    h.put("lastReconciledDuration", GoDuration.format(duration));
    h.put("lastReconciledStatus", status);
    h.put("totalReconciliations", 1L);
    if (metadata != null && !metadata.isEmpty()) {
      h.put("metadata", new LinkedHashMap<>(metadata));
    }
    out.add(0, h);
    while (out.size() > MAX) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
