package io.rset.operator.resourceset;

import java.util.Map;
import java.util.Set;

/**
 * A Kubernetes object's identity: group, version, kind, namespace (empty when cluster-scoped) and
 * name.
 */
record ObjectRef(String group, String version, String kind, String namespace, String name) {
  private static final Set<String> RBAC_KINDS =
      Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

  ObjectRef {
    group = group == null ? "" : group;
    namespace = namespace == null ? "" : namespace;
  }

  /** The identity of a plain object ({@code apiVersion}, {@code kind}, {@code metadata}). */
  static ObjectRef of(Map<String, Object> o) {
    String apiVersion = str(o.get("apiVersion"));
    Object meta = o.get("metadata");
    String ns = "";
    String name = "";
    if (meta instanceof Map<?, ?> m) {
      ns = str(m.get("namespace"));
      name = str(m.get("name"));
    }
    return new ObjectRef(groupOf(apiVersion), versionOf(apiVersion), str(o.get("kind")), ns, name);
  }

  private static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  static String groupOf(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  static String versionOf(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
  }

  String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** {@code Kind/ns/name}, or {@code Kind/name} when cluster-scoped (spec conventions). */
  String display() {
    return namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
  }

  /** The identity ignoring the version: {@code namespace_name_group_kind}. */
  String id() {
    String n = name;
    if (group.equals("rbac.authorization.k8s.io") && RBAC_KINDS.contains(kind)) {
      n = n.replace(":", "__");
    }
    return namespace + "_" + n + "_" + group + "_" + kind;
  }

  /**
   * Parses an inventory id: split at the first {@code _} (namespace) and the last two (group,
   * kind); {@code __} in the name becomes {@code :}.
   *
   * @return null when the id is malformed
   */
  static ObjectRef parseId(String id, String version) {
    int first = id.indexOf('_');
    int last = id.lastIndexOf('_');
    int second = last <= 0 ? -1 : id.lastIndexOf('_', last - 1);
    if (first < 0 || second <= first) {
      return null;
    }
    String ns = id.substring(0, first);
    String name = id.substring(first + 1, second).replace("__", ":");
    String group = id.substring(second + 1, last);
    String kind = id.substring(last + 1);
    return new ObjectRef(group, version, kind, ns, name);
  }

  /** True when both denote the same object, versions ignored. */
  boolean sameObject(ObjectRef o) {
    return id().equals(o.id());
  }
}
