package io.rset.cluster.testing;

import io.rset.cluster.access.ObjectMaps;
import io.rset.cluster.access.ObjectRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays a Flux controller in tests: handles the pending reconcile request of an object (copies
 * {@code reconcile.fluxcd.io/requestedAt} to {@code status.lastHandledReconcileAt}) and sets its
 * Ready condition for the current generation, as the real controllers do at the end of a
 * reconciliation.
 */
public final class FakeController {
  private final MockCluster cluster;

  public FakeController(MockCluster cluster) {
    this.cluster = cluster;
  }

  /** Handles the request and sets Ready to status/reason/message. */
  public void reconcile(ObjectRef ref, String status, String reason, String message) {
    Map<String, Object> obj =
        cluster
            .objects()
            .get(ref.kind().context(), ref.namespace(), ref.name())
            .orElseThrow(() -> new AssertionError("no " + ref));
    String token =
        ObjectMaps.string(obj, "metadata", "annotations", "reconcile.fluxcd.io/requestedAt");
    Long generation = ObjectMaps.number(obj, "metadata", "generation");
    cluster.updateStatus(
        ref,
        s -> {
          if (token != null) {
            s.put("lastHandledReconcileAt", token);
          }
          setReady(s, status, reason, message, generation == null ? 0 : generation);
        });
  }

  /** Sets Ready without handling a request (progress reported mid-reconciliation). */
  public void progress(ObjectRef ref, String status, String reason, String message) {
    Map<String, Object> obj =
        cluster.objects().get(ref.kind().context(), ref.namespace(), ref.name()).orElseThrow();
    Long generation = ObjectMaps.number(obj, "metadata", "generation");
    cluster.updateStatus(
        ref, s -> setReady(s, status, reason, message, generation == null ? 0 : generation));
  }

  @SuppressWarnings("unchecked")
  private static void setReady(
      Map<String, Object> status, String value, String reason, String message, long generation) {
    List<Object> conditions =
        new ArrayList<>((List<Object>) status.getOrDefault("conditions", List.of()));
    conditions.removeIf(c -> c instanceof Map<?, ?> m && "Ready".equals(m.get("type")));
    Map<String, Object> ready = new LinkedHashMap<>();
    ready.put("lastTransitionTime", "2025-07-15T10:11:02Z");
    ready.put("message", message);
    ready.put("observedGeneration", generation);
    ready.put("reason", reason);
    ready.put("status", value);
    ready.put("type", "Ready");
    conditions.add(0, ready);
    status.put("conditions", conditions);
  }
}
