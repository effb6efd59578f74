package io.rset.cluster.live;

import io.rset.cluster.access.Condition;
import io.rset.cluster.access.ObjectMaps;
import io.rset.cluster.wait.ReadinessCheck;
import io.rset.core.graph.NodeState;
import io.rset.core.graph.Readiness;
import java.util.Map;
import java.util.Optional;

/**
 * The ready state of a live object for the graph: suspended (the Flux Operator's disabled
 * annotation or the toolkit's {@code spec.suspend}), Progressing while the Ready condition is for
 * an older generation or {@code Unknown}, else Ready/NotReady from the condition with its message.
 * An object without a Ready condition is Unknown if it is a Flux object, Ready ("exists") for any
 * other kind (a Namespace or CRD a ResourceSet waits for).
 */
final class NodeStates {
  private NodeStates() {}

  static NodeState of(Map<String, Object> obj, boolean fluxObject) {
    if (ReadinessCheck.isDisabled(obj) || ObjectMaps.isTrue(obj, "spec", "suspend")) {
      return new NodeState(Readiness.SUSPENDED, "");
    }
    Optional<Condition> ready = Condition.ready(obj);
    if (ready.isEmpty()) {
      return fluxObject
          ? new NodeState(Readiness.UNKNOWN, "no Ready condition yet")
          : new NodeState(Readiness.READY, "exists");
    }
    Condition c = ready.get();
    Long generation = ObjectMaps.number(obj, "metadata", "generation");
    if (generation != null && c.observedGeneration() != 0 && c.observedGeneration() != generation) {
      return new NodeState(
          Readiness.PROGRESSING,
          "generation "
              + generation
              + " not reconciled yet (Ready is for "
              + c.observedGeneration()
              + ")");
    }
    return switch (c.status()) {
      case "True" -> new NodeState(Readiness.READY, c.message());
      case "False" -> new NodeState(Readiness.NOT_READY, c.message());
      default -> new NodeState(Readiness.PROGRESSING, c.message());
    };
  }

  /** A dependency that does not exist. */
  static NodeState missing() {
    return new NodeState(Readiness.MISSING, "not found");
  }
}
