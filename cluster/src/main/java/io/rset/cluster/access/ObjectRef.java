package io.rset.cluster.access;

import io.rset.cluster.FluxKind;

/** One Flux object addressed by kind, namespace and name. */
public record ObjectRef(FluxKind kind, String namespace, String name) {

  /** The display form {@code Kind/ns/name} used in messages. */
  @Override
  public String toString() {
    return kind.kind() + "/" + namespace + "/" + name;
  }

  /**
   * The Go client's NotFound error text, e.g. {@code resourcesets.fluxcd.controlplane.io "x" not
   * found}.
   */
  public String notFoundError() {
    return kind.plural() + "." + kind.group() + " \"" + name + "\" not found";
  }

  /** The {@code ns/name} form used in wait messages. */
  public String namespacedName() {
    return namespace + "/" + name;
  }
}
