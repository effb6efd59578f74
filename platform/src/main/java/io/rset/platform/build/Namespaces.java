package io.rset.platform.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A Flux Kustomization's {@code spec.targetNamespace}, which kustomize-controller turns into the
 * {@code namespace} field of the kustomization it builds: every namespaced object gets the
 * namespace; cluster-scoped kinds (the built-in ones kustomize knows) are left alone.
 */
final class Namespaces {
  /** Cluster-scoped kinds of the Kubernetes API and Flux. */
  static final Set<String> CLUSTER_SCOPED =
      Set.of(
          "Namespace",
          "Node",
          "PersistentVolume",
          "StorageClass",
          "CSIDriver",
          "CSINode",
          "VolumeAttachment",
          "ClusterRole",
          "ClusterRoleBinding",
          "CustomResourceDefinition",
          "APIService",
          "MutatingWebhookConfiguration",
          "ValidatingWebhookConfiguration",
          "ValidatingAdmissionPolicy",
          "ValidatingAdmissionPolicyBinding",
          "PriorityClass",
          "RuntimeClass",
          "IngressClass",
          "ComponentStatus",
          "CertificateSigningRequest",
          "FlowSchema",
          "PriorityLevelConfiguration",
          "PodSecurityPolicy",
          "ClusterIssuer",
          "FluxInstance");

  private Namespaces() {}

  /** A copy of {@code o} in {@code namespace}, or {@code o} for a cluster-scoped kind. */
  static Map<String, Object> withNamespace(Map<String, Object> o, String namespace) {
    if (CLUSTER_SCOPED.contains(String.valueOf(o.get("kind")))) {
      return o;
    }
    Map<String, Object> copy = new LinkedHashMap<>(o);
    Map<String, Object> meta = new LinkedHashMap<>();
    if (o.get("metadata") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> meta.put(String.valueOf(k), v));
    }
    meta.put("namespace", namespace);
    copy.put("metadata", meta);
    return copy;
  }
}
