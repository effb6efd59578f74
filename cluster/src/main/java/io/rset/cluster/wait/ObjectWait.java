package io.rset.cluster.wait;

import io.rset.cluster.access.ClusterObjects;
import io.rset.cluster.access.ObjectMaps;
import io.rset.cluster.access.ObjectRef;
import java.util.Map;
import java.util.Optional;

/** Waits on one object until it is ready (§6.1) or gone (§6.8), polling the API server. */
public final class ObjectWait {
  private final ClusterObjects objects;
  private final Poller poller;

  public ObjectWait(ClusterObjects objects, Poller poller) {
    this.objects = objects;
    this.poller = poller;
  }

  /**
   * Waits until ref is ready and returns the message to print after {@code ✔}. With a token the
   * object must exist and must have handled that request; without one a missing object is awaited.
   */
  public String ready(ObjectRef ref, String token) {
    return poller
        .until(
            () -> ReadinessCheck.check(ref, fetch(ref), token),
            "timed out waiting for " + ref.namespacedName() + " to become ready")
        .message();
  }

  /** Waits until ref no longer exists. */
  public void deleted(ObjectRef ref) {
    poller.until(
        () -> fetch(ref).<Verdict>map(ObjectWait::deletionPending).orElse(new Verdict.Done("")),
        "timed out waiting for " + ref.namespacedName() + " to be deleted");
  }

  private Optional<Map<String, Object>> fetch(ObjectRef ref) {
    return objects.get(ref.kind().context(), ref.namespace(), ref.name());
  }

  private static Verdict deletionPending(Map<String, Object> obj) {
    if (ObjectMaps.string(obj, "metadata", "deletionTimestamp") == null) {
      return new Verdict.Pending("waiting for the deletion to start");
    }
    var finalizers = ObjectMaps.list(obj, "metadata", "finalizers");
    return new Verdict.Pending(
        finalizers.isEmpty()
            ? "waiting for the object to be removed"
            : "waiting for finalizers " + finalizers);
  }
}
