package io.rset.cluster.mutate;

import io.rset.cluster.ClusterException;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ObjectRef;
import io.rset.cluster.wait.ReadinessCheck;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code reconcile} (§6.5): sets {@code reconcile.fluxcd.io/requestedAt} to a fresh token (and
 * {@code forceAt} for a forced input provider run), prints {@code ► Reconciliation triggered} and
 * optionally waits until the controller has handled that request and the object is ready. For Flux
 * toolkit objects a suspended object is refused before annotating, as {@code flux reconcile} does,
 * and {@code withSource} first reconciles the object's source the same way.
 */
public final class Reconcile {
  private Reconcile() {}

  /** Requests a reconciliation of ref and, with wait, waits for it. */
  public static void run(
      ActionContext ctx, ObjectRef ref, boolean wait, boolean force, boolean withSource) {
    Map<String, Object> obj = Annotations.read(ctx.objects(), ref);
    if (withSource) {
      ObjectRef source = SourceRefs.of(ref, obj);
      reconcileSource(ctx, source, wait);
    }
    if (!isOperatorKind(ref)) {
      ReadinessCheck.suspension(ref, obj)
          .ifPresent(
              m -> {
                throw new ClusterException(m);
              });
    }
    String token = RequestToken.now(ctx.clock());
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put(Annotations.REQUESTED_AT, token);
    if (force) {
      annotations.put(Annotations.FORCE_AT, token);
    }
    Annotations.set(ctx.objects(), ref, annotations);
    ctx.lines().action("Reconciliation triggered");
    if (wait) {
      ctx.lines().waiting("Waiting for reconciliation...");
      ctx.lines().done(ctx.waits().ready(ref, token));
    }
  }

  private static void reconcileSource(ActionContext ctx, ObjectRef source, boolean wait) {
    Map<String, Object> obj = Annotations.read(ctx.objects(), source);
    ReadinessCheck.suspension(source, obj)
        .ifPresent(
            m -> {
              throw new ClusterException(source + ": " + m);
            });
    String token = RequestToken.now(ctx.clock());
    Annotations.set(ctx.objects(), source, Map.of(Annotations.REQUESTED_AT, token));
    ctx.lines().action("Source reconciliation triggered for " + source);
    if (wait) {
      ctx.lines().waiting("Waiting for source reconciliation...");
      ctx.lines().done(ctx.waits().ready(source, token));
    }
  }

  private static boolean isOperatorKind(ObjectRef ref) {
    return ref.kind().group().equals(FluxKind.RESOURCE_SET.group());
  }
}
