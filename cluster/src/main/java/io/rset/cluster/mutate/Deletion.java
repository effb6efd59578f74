package io.rset.cluster.mutate;

import io.rset.cluster.ClusterException;
import io.rset.cluster.access.ObjectRef;

/**
 * {@code delete} (§6.8): optionally suspend first (so the controller orphans the generated objects
 * instead of garbage-collecting them), DELETE with the default propagation, then optionally wait
 * until the object is gone.
 */
public final class Deletion {
  private Deletion() {}

  /** Deletes ref, printing the §6.8 status lines. */
  public static void run(ActionContext ctx, ObjectRef ref, boolean wait, boolean withSuspend) {
    if (withSuspend) {
      Suspension.suspend(ctx, ref);
    }
    boolean existed;
    try {
      existed = ctx.objects().delete(ref.kind().context(), ref.namespace(), ref.name());
    } catch (ClusterException e) {
      throw new ClusterException("unable to delete " + ref + ": " + e.getMessage(), e);
    }
    if (!existed) {
      throw new ClusterException(ref + " not found");
    }
    if (wait) {
      ctx.lines().waiting("Waiting for deletion...");
      ctx.waits().deleted(ref);
      ctx.lines().done("Deletion completed");
    } else {
      ctx.lines().done("Deletion initiated");
    }
  }
}
