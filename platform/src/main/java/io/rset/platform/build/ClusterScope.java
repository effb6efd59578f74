package io.rset.platform.build;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which kinds are cluster-scoped on a cluster: the built-in kinds of Kubernetes (by API group and
 * kind, any version) and the custom kinds whose CustomResourceDefinition is part of the build (its
 * {@code spec.scope}).
 *
 * <p>kustomize (and so kustomize-controller) decides with the Kubernetes v1.21 schema built into it
 * and ignores CRDs, so {@code targetNamespace} puts a namespace on, e.g., a
 * ValidatingAdmissionPolicy or a cluster-scoped custom resource; the API server then drops it.
 * {@link #withoutNamespace} shows such an object as the cluster stores it.
 */
final class ClusterScope {
  /** Built-in cluster-scoped kinds as {@code group/Kind} ("" for the core group). */
  static final Set<String> BUILT_IN =
      Set.of(
          "/Namespace",
          "/Node",
          "/PersistentVolume",
          "/ComponentStatus",
          "admissionregistration.k8s.io/MutatingWebhookConfiguration",
          "admissionregistration.k8s.io/ValidatingWebhookConfiguration",
          "admissionregistration.k8s.io/ValidatingAdmissionPolicy",
          "admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding",
          "admissionregistration.k8s.io/MutatingAdmissionPolicy",
          "admissionregistration.k8s.io/MutatingAdmissionPolicyBinding",
          "apiextensions.k8s.io/CustomResourceDefinition",
          "apiregistration.k8s.io/APIService",
          "authentication.k8s.io/TokenReview",
          "authentication.k8s.io/SelfSubjectReview",
          "authorization.k8s.io/SubjectAccessReview",
          "authorization.k8s.io/SelfSubjectAccessReview",
          "authorization.k8s.io/SelfSubjectRulesReview",
          "certificates.k8s.io/CertificateSigningRequest",
          "certificates.k8s.io/ClusterTrustBundle",
          "flowcontrol.apiserver.k8s.io/FlowSchema",
          "flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration",
          "internal.apiserver.k8s.io/StorageVersion",
          "networking.k8s.io/IngressClass",
          "networking.k8s.io/IPAddress",
          "networking.k8s.io/ServiceCIDR",
          "node.k8s.io/RuntimeClass",
          "policy/PodSecurityPolicy",
          "rbac.authorization.k8s.io/ClusterRole",
          "rbac.authorization.k8s.io/ClusterRoleBinding",
          "resource.k8s.io/DeviceClass",
          "resource.k8s.io/ResourceSlice",
          "scheduling.k8s.io/PriorityClass",
          "storage.k8s.io/CSIDriver",
          "storage.k8s.io/CSINode",
          "storage.k8s.io/StorageClass",
          "storage.k8s.io/VolumeAttachment",
          "storage.k8s.io/VolumeAttributesClass",
          "storagemigration.k8s.io/StorageVersionMigration");

  /** Custom kinds by {@code group/Kind}: true when their CRD says {@code scope: Cluster}. */
  private final Map<String, Boolean> custom = new HashMap<>();

  /** The scopes the CustomResourceDefinitions among {@code objects} declare. */
  static ClusterScope of(List<PlatformObject> objects) {
    ClusterScope s = new ClusterScope();
    for (PlatformObject po : objects) {
      Map<String, Object> o = po.object();
      if (o.get("apiVersion") instanceof String v
          && v.startsWith("apiextensions.k8s.io/")
          && "CustomResourceDefinition".equals(o.get("kind"))
          && o.get("spec") instanceof Map<?, ?> spec
          && spec.get("group") instanceof String group
          && spec.get("names") instanceof Map<?, ?> names
          && names.get("kind") instanceof String kind
          && spec.get("scope") instanceof String scope) {
        s.custom.put(group + "/" + kind, "Cluster".equals(scope));
      }
    }
    return s;
  }

  /** Whether the object's kind is cluster-scoped (unknown kinds are namespaced). */
  boolean isClusterScoped(Map<String, Object> o) {
    String apiVersion = o.get("apiVersion") instanceof String v ? v : "";
    int slash = apiVersion.indexOf('/');
    String key = (slash < 0 ? "" : apiVersion.substring(0, slash)) + "/" + o.get("kind");
    return BUILT_IN.contains(key) || Boolean.TRUE.equals(custom.get(key));
  }

  /** A copy of {@code o} without {@code metadata.namespace} when its kind is cluster-scoped. */
  Map<String, Object> withoutNamespace(Map<String, Object> o) {
    if (!isClusterScoped(o)
        || !(o.get("metadata") instanceof Map<?, ?> m)
        || !m.containsKey("namespace")) {
      return o;
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    m.forEach((k, v) -> meta.put(String.valueOf(k), v));
    meta.remove("namespace");
    Map<String, Object> copy = new LinkedHashMap<>(o);
    copy.put("metadata", meta);
    return copy;
  }
}
