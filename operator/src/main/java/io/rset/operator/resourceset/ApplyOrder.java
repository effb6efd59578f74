package io.rset.operator.resourceset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The apply stages and the order inside a stage (spec §4.4.4): cluster definitions (CRDs,
 * Namespaces, ClusterRoles), then kinds ending in {@code Class}, then RBAC Roles, then everything
 * else; inside a stage by kind rank, API group, kind, namespace, name.
 */
final class ApplyOrder {
  private static final List<String> FIRST =
      List.of(
          "CustomResourceDefinition",
          "Namespace",
          "ClusterRole",
          "ClusterClass",
          "RuntimeClass",
          "PriorityClass",
          "StorageClass",
          "VolumeSnapshotClass",
          "IngressClass",
          "GatewayClass",
          "ClusterRoleBinding",
          "ResourceQuota",
          "ServiceAccount",
          "Role",
          "RoleBinding",
          "ConfigMap",
          "Secret",
          "Service",
          "LimitRange",
          "Deployment",
          "StatefulSet",
          "CronJob",
          "PodDisruptionBudget");
  private static final List<String> LAST =
      List.of("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

  /** Orders refs for applying. */
  static final Comparator<ObjectRef> REFS =
      Comparator.comparingInt((ObjectRef r) -> rank(r.kind()))
          .thenComparing(ObjectRef::group)
          .thenComparing(ObjectRef::kind)
          .thenComparing(ObjectRef::namespace)
          .thenComparing(ObjectRef::name);

  /** Orders objects for applying. */
  static final Comparator<Map<String, Object>> OBJECTS = Comparator.comparing(ObjectRef::of, REFS);

  private ApplyOrder() {}

  static int rank(String kind) {
    int i = FIRST.indexOf(kind);
    if (i >= 0) {
      return i;
    }
    int j = LAST.indexOf(kind);
    return j >= 0 ? FIRST.size() + 1 + j : FIRST.size();
  }

  /** 0: cluster definitions, 1: classes, 2: Roles, 3: the rest. */
  static int stage(ObjectRef r) {
    boolean rbac = r.group().equals("rbac.authorization.k8s.io");
    if (r.group().equals("apiextensions.k8s.io")
        || (r.group().isEmpty() && r.version().equals("v1") && r.kind().equals("Namespace"))
        || (rbac && r.kind().equals("ClusterRole"))) {
      return 0;
    }
    if (r.kind().endsWith("Class")) {
      return 1;
    }
    if (rbac && r.kind().equals("Role")) {
      return 2;
    }
    return 3;
  }

  /** The four stages, each sorted. */
  static List<List<Map<String, Object>>> stages(List<Map<String, Object>> objects) {
    List<List<Map<String, Object>>> stages = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      stages.add(new ArrayList<>());
    }
    for (Map<String, Object> o : objects) {
      stages.get(stage(ObjectRef.of(o))).add(o);
    }
    stages.forEach(s -> s.sort(OBJECTS));
    return stages;
  }
}
