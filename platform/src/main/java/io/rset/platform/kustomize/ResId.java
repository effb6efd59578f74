package io.rset.platform.kustomize;

import java.util.Set;

/**
 * kustomize's ResId: group, version, kind, name and namespace. Namespaces compare by their
 * effective value: "" and "default" are the same, and cluster-scoped kinds have none.
 */
record ResId(String group, String version, String kind, String name, String namespace) {
  static final String DEFAULT_NAMESPACE = "default";
  static final String NOT_A_NAMESPACE = "_non_namespaceable_";

  /**
   * apiVersion/kind pairs the built-in Kubernetes schema of kustomize (v1.21.2) declares
   * cluster-scoped; every other type counts as namespaced.
   */
  private static final Set<String> CLUSTER_SCOPED =
      Set.of(
          "admissionregistration.k8s.io/v1/MutatingWebhookConfiguration",
          "admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration",
          "admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration",
          "admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration",
          "apiextensions.k8s.io/v1/CustomResourceDefinition",
          "apiextensions.k8s.io/v1beta1/CustomResourceDefinition",
          "apiregistration.k8s.io/v1/APIService",
          "apiregistration.k8s.io/v1beta1/APIService",
          "certificates.k8s.io/v1/CertificateSigningRequest",
          "certificates.k8s.io/v1beta1/CertificateSigningRequest",
          "flowcontrol.apiserver.k8s.io/v1beta1/FlowSchema",
          "flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfiguration",
          "networking.k8s.io/v1/IngressClass",
          "networking.k8s.io/v1beta1/IngressClass",
          "node.k8s.io/v1/RuntimeClass",
          "node.k8s.io/v1beta1/RuntimeClass",
          "policy/v1beta1/PodSecurityPolicy",
          "rbac.authorization.k8s.io/v1/ClusterRole",
          "rbac.authorization.k8s.io/v1/ClusterRoleBinding",
          "rbac.authorization.k8s.io/v1beta1/ClusterRole",
          "rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding",
          "scheduling.k8s.io/v1/PriorityClass",
          "scheduling.k8s.io/v1beta1/PriorityClass",
          "storage.k8s.io/v1/CSIDriver",
          "storage.k8s.io/v1/CSINode",
          "storage.k8s.io/v1/StorageClass",
          "storage.k8s.io/v1/VolumeAttachment",
          "storage.k8s.io/v1beta1/CSIDriver",
          "storage.k8s.io/v1beta1/CSINode",
          "storage.k8s.io/v1beta1/StorageClass",
          "storage.k8s.io/v1beta1/VolumeAttachment",
          "v1/ComponentStatus",
          "v1/Namespace",
          "v1/Node",
          "v1/NodeProxyOptions",
          "v1/PersistentVolume");

  /** The current id of a resource node. */
  static ResId of(KNode obj) {
    String[] gv = Resources.groupVersion(Resources.apiVersion(obj));
    return new ResId(
        gv[0], gv[1], Resources.kind(obj), Resources.name(obj), Resources.namespace(obj));
  }

  String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  boolean isClusterScoped() {
    return isClusterScoped(group, version, kind);
  }

  static boolean isClusterScoped(String group, String version, String kind) {
    String av = group.isEmpty() ? version : group + "/" + version;
    return CLUSTER_SCOPED.contains(av + "/" + kind);
  }

  String effectiveNamespace() {
    if (isClusterScoped()) {
      return NOT_A_NAMESPACE;
    }
    return namespace.isEmpty() || namespace.equals(DEFAULT_NAMESPACE)
        ? DEFAULT_NAMESPACE
        : namespace;
  }

  boolean gvkEquals(ResId o) {
    return group.equals(o.group) && version.equals(o.version) && kind.equals(o.kind);
  }

  boolean isNsEquals(ResId o) {
    return effectiveNamespace().equals(o.effectiveNamespace());
  }

  /** ResId.Equals: same gvk, name and effective namespace. */
  boolean sameAs(ResId o) {
    return isNsEquals(o) && name.equals(o.name) && gvkEquals(o);
  }

  /** Gvk.IsSelected: every non-empty part of the selector equals this id's. */
  boolean gvkSelectedBy(String g, String v, String k) {
    return (g.isEmpty() || group.equals(g))
        && (v.isEmpty() || version.equals(v))
        && (k.isEmpty() || kind.equals(k));
  }

  /** Gvk.String: kind.version.group with [noKind]/[noVer]/[noGrp] for empty parts. */
  String gvkString() {
    return (kind.isEmpty() ? "[noKind]" : kind)
        + "."
        + (version.isEmpty() ? "[noVer]" : version)
        + "."
        + (group.isEmpty() ? "[noGrp]" : group);
  }

  @Override
  public String toString() {
    return gvkString()
        + "/"
        + (name.isEmpty() ? "[noName]" : name)
        + "."
        + (namespace.isEmpty() ? "[noNs]" : namespace);
  }
}
