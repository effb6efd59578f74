package io.rset.core.graph;

import java.util.Comparator;

/**
 * The identity of an object in the dependency graph: API group, kind, namespace and name (the
 * version is left out, as in Flux's dedup key, so {@code v1} and {@code v2} of a kind are one
 * node).
 *
 * @param group the API group, empty for the core group ({@code v1})
 * @param kind the kind, e.g. {@code HelmRelease}
 * @param namespace the namespace, empty for cluster-scoped objects (and for ResourceSet
 *     dependencies written without one: the operator does not default it)
 * @param name the object's name
 */
public record NodeId(String group, String kind, String namespace, String name)
    implements Comparable<NodeId> {
  /** Sort order everywhere in this package: kind, namespace, name, group. */
  private static final Comparator<NodeId> ORDER =
      Comparator.comparing(NodeId::kind)
          .thenComparing(NodeId::namespace)
          .thenComparing(NodeId::name)
          .thenComparing(NodeId::group);

  public NodeId {
    group = group == null ? "" : group;
    kind = kind == null ? "" : kind;
    namespace = namespace == null ? "" : namespace;
    name = name == null ? "" : name;
  }

  /** The id of an object of {@code apiVersion} (e.g. {@code helm.toolkit.fluxcd.io/v2}). */
  public static NodeId of(String apiVersion, String kind, String namespace, String name) {
    return new NodeId(groupOf(apiVersion), kind, namespace, name);
  }

  /** The group part of an apiVersion: {@code apps/v1} → {@code apps}, {@code v1} → empty. */
  public static String groupOf(String apiVersion) {
    if (apiVersion == null) {
      return "";
    }
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** {@code Kind/namespace/name}, or {@code Kind/name} without a namespace. */
  @Override
  public String toString() {
    return namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
  }

  @Override
  public int compareTo(NodeId o) {
    return ORDER.compare(this, o);
  }

  // equals and hashCode are written out: the generated record methods bootstrap method-handle
  // classes that a cold CLI run pays for and the class-data archive cannot keep.

  @Override
  public boolean equals(Object o) {
    return o instanceof NodeId n
        && java.util.Objects.equals(n.group, group)
        && java.util.Objects.equals(n.kind, kind)
        && java.util.Objects.equals(n.namespace, namespace)
        && java.util.Objects.equals(n.name, name);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(group, kind, namespace, name);
  }
}
