package io.rset.cluster.mutate;

import io.rset.cluster.access.ObjectRef;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code suspend} and {@code resume} (§6.6) of the Flux Operator's kinds, through the {@code
 * fluxcd.controlplane.io/reconcile} annotation.
 */
public final class Suspension {
  private Suspension() {}

  /** Sets {@code reconcile: disabled}; prints {@code ✔ Reconciliation suspended}. */
  public static void suspend(ActionContext ctx, ObjectRef ref) {
    Annotations.read(ctx.objects(), ref);
    Annotations.set(ctx.objects(), ref, Map.of(Annotations.RECONCILE, "disabled"));
    ctx.lines().done("Reconciliation suspended");
  }

  /**
   * Sets {@code reconcile: enabled} and a reconcile request; with wait, waits for that request to
   * be handled and prints the Ready message, else {@code ✔ Reconciliation resumed}.
   */
  public static void resume(ActionContext ctx, ObjectRef ref, boolean wait) {
    Annotations.read(ctx.objects(), ref);
    String token = RequestToken.now(ctx.clock());
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put(Annotations.RECONCILE, "enabled");
    annotations.put(Annotations.REQUESTED_AT, token);
    Annotations.set(ctx.objects(), ref, annotations);
    if (wait) {
      ctx.lines().waiting("Waiting for reconciliation...");
      ctx.lines().done(ctx.waits().ready(ref, token));
    } else {
      ctx.lines().done("Reconciliation resumed");
    }
  }
}
