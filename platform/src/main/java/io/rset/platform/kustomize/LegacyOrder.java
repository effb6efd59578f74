package io.rset.platform.kustomize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kustomize's legacy output order (the default of kubectl kustomize): kinds in a fixed order
 * (Namespace first, webhook configurations last, unknown kinds in between), then by
 * group/version/kind, then by kind.version.group, namespace and name.
 */
final class LegacyOrder {
  private LegacyOrder() {}

  private static final List<String> FIRST =
      List.of(
          "Namespace",
          "ResourceQuota",
          "StorageClass",
          "CustomResourceDefinition",
          "ServiceAccount",
          "PodSecurityPolicy",
          "Role",
          "ClusterRole",
          "RoleBinding",
          "ClusterRoleBinding",
          "ConfigMap",
          "Secret",
          "Endpoints",
          "Service",
          "LimitRange",
          "PriorityClass",
          "PersistentVolume",
          "PersistentVolumeClaim",
          "Deployment",
          "StatefulSet",
          "CronJob",
          "PodDisruptionBudget");
  private static final List<String> LAST =
      List.of("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

  private static final Map<String, Integer> ORDER = new HashMap<>();

  static {
    for (int i = 0; i < FIRST.size(); i++) {
      ORDER.put(FIRST.get(i), -FIRST.size() + i);
    }
    for (int i = 0; i < LAST.size(); i++) {
      ORDER.put(LAST.get(i), 1 + i);
    }
  }

  static List<Res> sort(List<Res> in) {
    record Keyed(Res res, ResId id) {}
    List<Keyed> keyed = new ArrayList<>();
    for (Res r : in) {
      keyed.add(new Keyed(r, r.curId()));
    }
    keyed.sort(Comparator.comparing(Keyed::id, LegacyOrder::compare));
    List<Res> out = new ArrayList<>();
    keyed.forEach(k -> out.add(k.res()));
    return out;
  }

  static int compare(ResId a, ResId b) {
    if (!a.gvkEquals(b)) {
      return gvkLess(a, b) ? -1 : gvkLess(b, a) ? 1 : 0;
    }
    return GoStrings.compare(idString(a), idString(b));
  }

  private static boolean gvkLess(ResId a, ResId b) {
    int ia = ORDER.getOrDefault(a.kind(), 0);
    int ib = ORDER.getOrDefault(b.kind(), 0);
    if (ia != ib) {
      return ia < ib;
    }
    if (a.kind().equals("Namespace")
        && b.kind().equals("Namespace")
        && (a.group().isEmpty() || b.group().isEmpty())) {
      return GoStrings.compare(gvkString(a), gvkString(b)) > 0;
    }
    return GoStrings.compare(gvkString(a), gvkString(b)) < 0;
  }

  private static String gvkString(ResId id) {
    return (id.group().isEmpty() ? "~G" : id.group())
        + "_"
        + (id.version().isEmpty() ? "~V" : id.version())
        + "_"
        + (id.kind().isEmpty() ? "~K" : id.kind());
  }

  private static String idString(ResId id) {
    return id.gvkString()
        + "|"
        + (id.namespace().isEmpty() ? "~X" : id.namespace())
        + "|"
        + (id.name().isEmpty() ? "~N" : id.name());
  }
}
