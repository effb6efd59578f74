package io.rset.kubetesting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * API discovery documents ({@code /version}, {@code /api}, {@code /apis}, {@code /api/v1}, {@code
 * /apis/<group>/<version>}, a minimal {@code /openapi/v3}) for the built-in kinds listed here and
 * the CustomResourceDefinitions stored in the mock, as a real API server serves them (the plain
 * CRUD mock answers these paths with lists of CRDs).
 */
final class Discovery {
  /** One resource of a group/version. */
  record Resource(
      String groupVersion,
      String plural,
      String singular,
      String kind,
      boolean namespaced,
      List<String> shortNames,
      boolean status) {}

  static final List<Resource> BUILT_IN =
      List.of(
          r("v1", "namespaces", "Namespace", false, true, "ns"),
          r("v1", "configmaps", "ConfigMap", true, false, "cm"),
          r("v1", "secrets", "Secret", true, false),
          r("v1", "services", "Service", true, true, "svc"),
          r("v1", "serviceaccounts", "ServiceAccount", true, false, "sa"),
          r("v1", "pods", "Pod", true, true, "po"),
          r("v1", "persistentvolumeclaims", "PersistentVolumeClaim", true, true, "pvc"),
          r("v1", "persistentvolumes", "PersistentVolume", false, true, "pv"),
          r("v1", "events", "Event", true, false, "ev"),
          r("v1", "resourcequotas", "ResourceQuota", true, true, "quota"),
          r("v1", "limitranges", "LimitRange", true, false, "limits"),
          r("v1", "endpoints", "Endpoints", true, false, "ep"),
          r("v1", "nodes", "Node", false, true, "no"),
          r("apps/v1", "deployments", "Deployment", true, true, "deploy"),
          r("apps/v1", "statefulsets", "StatefulSet", true, true, "sts"),
          r("apps/v1", "daemonsets", "DaemonSet", true, true, "ds"),
          r("apps/v1", "replicasets", "ReplicaSet", true, true, "rs"),
          r("batch/v1", "jobs", "Job", true, true),
          r("batch/v1", "cronjobs", "CronJob", true, true, "cj"),
          r("rbac.authorization.k8s.io/v1", "roles", "Role", true, false),
          r("rbac.authorization.k8s.io/v1", "rolebindings", "RoleBinding", true, false),
          r("rbac.authorization.k8s.io/v1", "clusterroles", "ClusterRole", false, false),
          r(
              "rbac.authorization.k8s.io/v1",
              "clusterrolebindings",
              "ClusterRoleBinding",
              false,
              false),
          r(
              "apiextensions.k8s.io/v1",
              "customresourcedefinitions",
              "CustomResourceDefinition",
              false,
              true,
              "crd",
              "crds"),
          r("coordination.k8s.io/v1", "leases", "Lease", true, false),
          r("networking.k8s.io/v1", "ingresses", "Ingress", true, true, "ing"),
          r("networking.k8s.io/v1", "networkpolicies", "NetworkPolicy", true, false, "netpol"),
          r("networking.k8s.io/v1", "ingressclasses", "IngressClass", false, false),
          r("policy/v1", "poddisruptionbudgets", "PodDisruptionBudget", true, true, "pdb"),
          r("storage.k8s.io/v1", "storageclasses", "StorageClass", false, false, "sc"),
          r("scheduling.k8s.io/v1", "priorityclasses", "PriorityClass", false, false, "pc"),
          r("node.k8s.io/v1", "runtimeclasses", "RuntimeClass", false, false),
          r("events.k8s.io/v1", "events", "Event", true, false, "ev"),
          r(
              "admissionregistration.k8s.io/v1",
              "mutatingwebhookconfigurations",
              "MutatingWebhookConfiguration",
              false,
              false),
          r(
              "admissionregistration.k8s.io/v1",
              "validatingwebhookconfigurations",
              "ValidatingWebhookConfiguration",
              false,
              false));

  private static Resource r(
      String gv, String plural, String kind, boolean namespaced, boolean status, String... short_) {
    return new Resource(
        gv,
        plural,
        kind.toLowerCase(java.util.Locale.ROOT),
        kind,
        namespaced,
        List.of(short_),
        status);
  }

  private Discovery() {}

  static Map<String, Object> version() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("major", "1");
    v.put("minor", "32");
    v.put("gitVersion", "v1.32.0");
    v.put("platform", "linux/amd64");
    return v;
  }

  static Map<String, Object> coreVersions() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", "APIVersions");
    out.put("versions", List.of("v1"));
    out.put(
        "serverAddressByClientCIDRs",
        List.of(Map.of("clientCIDR", "0.0.0.0/0", "serverAddress", "127.0.0.1")));
    return out;
  }

  /** The {@code APIGroupList} over the built-in groups and the CRDs' groups. */
  static Map<String, Object> groups(List<Resource> all) {
    Map<String, Set<String>> versions = new LinkedHashMap<>();
    for (Resource r : all) {
      int slash = r.groupVersion().indexOf('/');
      if (slash < 0) {
        continue;
      }
      versions
          .computeIfAbsent(r.groupVersion().substring(0, slash), g -> new LinkedHashSet<>())
          .add(r.groupVersion().substring(slash + 1));
    }
    List<Object> groups = new ArrayList<>();
    versions.forEach(
        (g, vs) -> {
          List<Object> list = new ArrayList<>();
          for (String v : vs) {
            list.add(Map.of("groupVersion", g + "/" + v, "version", v));
          }
          Map<String, Object> group = new LinkedHashMap<>();
          group.put("name", g);
          group.put("versions", list);
          group.put("preferredVersion", list.get(0));
          groups.add(group);
        });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", "APIGroupList");
    out.put("apiVersion", "v1");
    out.put("groups", groups);
    return out;
  }

  /** The {@code APIResourceList} of one group/version, or null when nothing serves it. */
  static Map<String, Object> resources(String groupVersion, List<Resource> all) {
    List<Object> items = new ArrayList<>();
    for (Resource r : all) {
      if (!r.groupVersion().equals(groupVersion)) {
        continue;
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", r.plural());
      item.put("singularName", r.singular());
      item.put("namespaced", r.namespaced());
      item.put("kind", r.kind());
      item.put(
          "verbs",
          List.of(
              "create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"));
      if (!r.shortNames().isEmpty()) {
        item.put("shortNames", r.shortNames());
      }
      items.add(item);
      if (r.status()) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("name", r.plural() + "/status");
        status.put("singularName", "");
        status.put("namespaced", r.namespaced());
        status.put("kind", r.kind());
        status.put("verbs", List.of("get", "patch", "update"));
        items.add(status);
      }
    }
    if (items.isEmpty()) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", "APIResourceList");
    out.put("apiVersion", "v1");
    out.put("groupVersion", groupVersion);
    out.put("resources", items);
    return out;
  }

  /** The {@code /openapi/v3} index: one path per group/version. */
  static Map<String, Object> openApiIndex(List<Resource> all) {
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Resource r : all) {
      String key = r.groupVersion().contains("/") ? "apis/" + r.groupVersion() : "api/v1";
      paths.putIfAbsent(key, Map.of("serverRelativeURL", "/openapi/v3/" + key));
    }
    return Map.of("paths", paths);
  }

  /** The resources served by stored CRDs: every served version of each. */
  @SuppressWarnings("unchecked")
  static List<Resource> fromCrds(List<Map<String, Object>> crds) {
    List<Resource> out = new ArrayList<>();
    for (Map<String, Object> crd : crds) {
      Object spec = crd.get("spec");
      if (!(spec instanceof Map<?, ?> s)) {
        continue;
      }
      Map<String, Object> sm = (Map<String, Object>) s;
      Map<String, Object> names =
          sm.get("names") instanceof Map<?, ?> n ? (Map<String, Object>) n : Map.of();
      String group = String.valueOf(sm.get("group"));
      boolean namespaced = !"Cluster".equals(sm.get("scope"));
      List<String> shortNames =
          names.get("shortNames") instanceof List<?> l ? (List<String>) l : List.of();
      String plural = String.valueOf(names.get("plural"));
      String kind = String.valueOf(names.get("kind"));
      String singular =
          names.get("singular") != null
              ? String.valueOf(names.get("singular"))
              : kind.toLowerCase(java.util.Locale.ROOT);
      Object versions = sm.get("versions");
      if (versions instanceof List<?> vs) {
        for (Object v : vs) {
          if (!(v instanceof Map<?, ?> vm) || Boolean.FALSE.equals(vm.get("served"))) {
            continue;
          }
          boolean status =
              vm.get("subresources") instanceof Map<?, ?> sub && sub.containsKey("status");
          out.add(
              new Resource(
                  group + "/" + vm.get("name"),
                  plural,
                  singular,
                  kind,
                  namespaced,
                  shortNames,
                  status));
        }
      }
    }
    return out;
  }
}
