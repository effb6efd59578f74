package io.rset.cluster.mutate;

import io.rset.cluster.ClusterException;
import io.rset.cluster.access.ClusterObjects;
import io.rset.cluster.access.ObjectRef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sets annotations on an object with a merge patch (field manager {@code flux-operator-ctl}),
 * reading the object first as the Flux Operator CLI does, with its error texts.
 */
final class Annotations {
  static final String REQUESTED_AT = "reconcile.fluxcd.io/requestedAt";
  static final String FORCE_AT = "reconcile.fluxcd.io/forceAt";
  static final String RECONCILE = "fluxcd.controlplane.io/reconcile";

  private Annotations() {}

  /** The object; {@code unable to read <ref> error: …} when it cannot be read or is missing. */
  static Map<String, Object> read(ClusterObjects objects, ObjectRef ref) {
    Optional<Map<String, Object>> found;
    try {
      found = objects.get(ref.kind().context(), ref.namespace(), ref.name());
    } catch (ClusterException e) {
      throw new ClusterException("unable to read " + ref + " error: " + e.getMessage(), e);
    }
    return found.orElseThrow(
        () -> new ClusterException("unable to read " + ref + " error: " + ref.notFoundError()));
  }

  /** Sets the annotations; {@code unable to annotate <ref> error: …} on failure. */
  static void set(ClusterObjects objects, ObjectRef ref, Map<String, String> annotations) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("annotations", new LinkedHashMap<String, Object>(annotations));
    try {
      objects.mergePatch(
          ref.kind().context(), ref.namespace(), ref.name(), Map.of("metadata", metadata));
    } catch (ClusterException e) {
      throw new ClusterException("unable to annotate " + ref + " error: " + e.getMessage(), e);
    }
  }
}
