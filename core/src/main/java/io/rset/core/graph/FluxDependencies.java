package io.rset.core.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code spec.dependsOn} of the three Flux kinds that wait for each other:
 *
 * <ul>
 *   <li>HelmRelease ({@code helm.toolkit.fluxcd.io}): entries {@code {name, namespace?}} naming
 *       HelmReleases; a missing namespace is the release's own namespace.
 *   <li>Kustomization ({@code kustomize.toolkit.fluxcd.io}): the same, naming Kustomizations.
 *   <li>ResourceSet ({@code fluxcd.controlplane.io}): entries {@code {apiVersion, kind, name,
 *       namespace?, ready?, readyExpr?}} naming any object; a missing namespace stays empty (the
 *       operator looks the object up cluster-wide, it does not default the namespace).
 * </ul>
 *
 * Entries without a name (or, for ResourceSets, without a kind) are not edges; the CRD schema
 * rejects them. Objects are plain {@code Map<String,Object>} trees.
 */
public final class FluxDependencies {
  /** The API group of HelmRelease. */
  public static final String HELM_GROUP = "helm.toolkit.fluxcd.io";

  /** The API group of the Flux Kustomization. */
  public static final String KUSTOMIZE_GROUP = "kustomize.toolkit.fluxcd.io";

  /** The API group of ResourceSet and ResourceSetInputProvider. */
  public static final String CONTROLPLANE_GROUP = "fluxcd.controlplane.io";

  private FluxDependencies() {}

  /** The identity of an object: group of its apiVersion, kind, namespace, name. */
  public static NodeId idOf(Map<String, Object> object) {
    Map<String, Object> meta = map(object.get("metadata"));
    return NodeId.of(
        string(object.get("apiVersion")),
        string(object.get("kind")),
        string(meta.get("namespace")),
        string(meta.get("name")));
  }

  /** True for HelmRelease, Flux Kustomization and ResourceSet objects (the graph's own nodes). */
  public static boolean isDependent(NodeId id) {
    return (id.group().equals(HELM_GROUP) && id.kind().equals("HelmRelease"))
        || (id.group().equals(KUSTOMIZE_GROUP) && id.kind().equals("Kustomization"))
        || (id.group().equals(CONTROLPLANE_GROUP) && id.kind().equals("ResourceSet"));
  }

  /** The edges of {@code object}'s {@code spec.dependsOn}, in order; empty for other kinds. */
  public static List<Edge> edgesOf(Map<String, Object> object) {
    NodeId self = idOf(object);
    if (!isDependent(self)) {
      return List.of();
    }
    if (!(map(object.get("spec")).get("dependsOn") instanceof List<?> entries)) {
      return List.of();
    }
    boolean resourceSet = self.group().equals(CONTROLPLANE_GROUP);
    List<Edge> out = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Map<String, Object> e = map(entries.get(i));
      String name = string(e.get("name"));
      if (name.isEmpty()) {
        continue;
      }
      String namespace = string(e.get("namespace"));
      String readyExpr = string(e.get("readyExpr"));
      if (resourceSet) {
        String kind = string(e.get("kind"));
        if (kind.isEmpty()) {
          continue;
        }
        NodeId target = NodeId.of(string(e.get("apiVersion")), kind, namespace, name);
        out.add(new Edge(self, target, i, Boolean.TRUE.equals(e.get("ready")), readyExpr));
      } else {
        NodeId target =
            new NodeId(
                self.group(),
                self.kind(),
                namespace.isEmpty() ? self.namespace() : namespace,
                name);
        out.add(new Edge(self, target, i, true, readyExpr));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static String string(Object o) {
    return o instanceof String s ? s : "";
  }
}
