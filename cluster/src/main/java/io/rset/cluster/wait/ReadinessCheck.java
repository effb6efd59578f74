package io.rset.cluster.wait;

import io.rset.cluster.FluxKind;
import io.rset.cluster.access.Condition;
import io.rset.cluster.access.ObjectMaps;
import io.rset.cluster.access.ObjectRef;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The readiness rule of §6.1 applied to one observation of an object: not found, suspended, request
 * token not handled yet, Ready condition stale, Unknown, False or True.
 */
public final class ReadinessCheck {
  /** Annotation that disables reconciliation of ResourceSets and input providers. */
  public static final String RECONCILE_ANNOTATION = "fluxcd.controlplane.io/reconcile";

  /** The success message when the Ready condition has none. */
  public static final String DEFAULT_READY_MESSAGE = "Reconciliation completed successfully";

  private ReadinessCheck() {}

  /**
   * The verdict for object (empty: NotFound) observed while waiting for ref; token is the request
   * token set by this command, or null for a plain wait.
   */
  public static Verdict check(ObjectRef ref, Optional<Map<String, Object>> object, String token) {
    if (object.isEmpty()) {
      return token == null
          ? new Verdict.Pending("waiting for " + ref + " to be created")
          : new Verdict.Failed(ref.notFoundError());
    }
    Map<String, Object> obj = object.get();
    Optional<String> suspended = suspension(ref, obj);
    if (suspended.isPresent()) {
      return new Verdict.Failed(suspended.get());
    }
    Optional<Condition> ready = Condition.ready(obj);
    if (token != null
        && !token.equals(ObjectMaps.string(obj, "status", "lastHandledReconcileAt"))) {
      return new Verdict.Pending(
          "waiting for the controller to handle the request"
              + ready.map(c -> " (Ready " + describe(c) + ")").orElse(""));
    }
    if (ready.isEmpty()) {
      return new Verdict.Pending("waiting for a Ready condition");
    }
    Condition c = ready.get();
    Long generation = ObjectMaps.number(obj, "metadata", "generation");
    long gen = generation == null ? 0 : generation;
    if (c.observedGeneration() != gen) {
      return new Verdict.Pending(
          "Ready condition is for generation " + c.observedGeneration() + ", object is at " + gen);
    }
    return switch (c.status()) {
      case "True" -> new Verdict.Done(c.message().isEmpty() ? DEFAULT_READY_MESSAGE : c.message());
      case "False" ->
          "HealthCheckCanceled".equals(c.reason())
              ? new Verdict.Pending(describe(c))
              : new Verdict.Failed(c.reason() + ": " + c.message());
      default -> new Verdict.Pending(describe(c));
    };
  }

  /**
   * Why object is not reconciled at all, if it is not: the disabled annotation on the Flux
   * Operator's kinds ({@code Reconciliation is disabled for <name>}), {@code spec.suspend} on the
   * Flux toolkit's ({@code resource is suspended}, as the flux CLI says).
   */
  public static Optional<String> suspension(ObjectRef ref, Map<String, Object> obj) {
    if (isOperatorKind(ref.kind())) {
      return isDisabled(obj)
          ? Optional.of("Reconciliation is disabled for " + ref.name())
          : Optional.empty();
    }
    return ObjectMaps.isTrue(obj, "spec", "suspend")
        ? Optional.of("resource is suspended")
        : Optional.empty();
  }

  /** Whether the reconcile annotation is {@code disabled} (case-insensitive). */
  public static boolean isDisabled(Map<String, Object> obj) {
    String v = ObjectMaps.string(obj, "metadata", "annotations", RECONCILE_ANNOTATION);
    return v != null && v.toLowerCase(Locale.ROOT).equals("disabled");
  }

  private static boolean isOperatorKind(FluxKind kind) {
    return kind.group().equals(FluxKind.RESOURCE_SET.group());
  }

  private static String describe(Condition c) {
    String text = c.status() + " " + c.reason();
    return c.message().isEmpty() ? text : text + ": " + c.message();
  }
}
