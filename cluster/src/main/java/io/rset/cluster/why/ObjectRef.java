package io.rset.cluster.why;

import io.rset.cluster.FluxKind;
import java.util.Objects;
import java.util.Optional;

/**
 * Names one Kubernetes object. {@code apiVersion} may be null when only the kind is known (an
 * object named in a health-check message); {@code namespace} is empty for cluster-scoped objects.
 */
public record ObjectRef(String apiVersion, String kind, String namespace, String name) {

  public ObjectRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    namespace = namespace == null ? "" : namespace;
  }

  /** A reference to a Flux object. */
  public static ObjectRef of(FluxKind kind, String namespace, String name) {
    return new ObjectRef(kind.apiVersion(), kind.kind(), namespace, name);
  }

  /** The Flux kind of this object, when it is one. */
  public Optional<FluxKind> fluxKind() {
    return FluxKind.ofKind(kind)
        .filter(k -> apiVersion == null || apiVersion.startsWith(k.group() + "/"));
  }

  /** True for the Flux kinds that are reconciled from dependencies (HR, KS, RSet, RSIP). */
  public boolean isApplier() {
    return fluxKind()
        .map(
            k ->
                k == FluxKind.HELM_RELEASE
                    || k == FluxKind.KUSTOMIZATION
                    || k == FluxKind.RESOURCE_SET
                    || k == FluxKind.RESOURCE_SET_INPUT_PROVIDER)
        .orElse(false);
  }

  /** {@code namespace/name}, or {@code name} for a cluster-scoped object. */
  public String namespacedName() {
    return namespace.isEmpty() ? name : namespace + "/" + name;
  }

  /** Same object, ignoring the apiVersion (which is unknown for some references). */
  public boolean sameObject(ObjectRef other) {
    return kind.equals(other.kind) && namespace.equals(other.namespace) && name.equals(other.name);
  }

  /** {@code Kind namespace/name}, as every line of {@code rset why} names objects. */
  @Override
  public String toString() {
    return kind + " " + namespacedName();
  }
}
