package io.rset.core.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small Flux objects for graph tests. */
final class Objects {
  private Objects() {}

  static Map<String, Object> helmRelease(String name, String... deps) {
    return flux("helm.toolkit.fluxcd.io/v2", "HelmRelease", name, deps);
  }

  static Map<String, Object> kustomization(String name, String... deps) {
    return flux("kustomize.toolkit.fluxcd.io/v1", "Kustomization", name, deps);
  }

  /** A Flux object in flux-system; deps are names, or {@code ns/name}. */
  static Map<String, Object> flux(String apiVersion, String kind, String name, String... deps) {
    List<Object> list = new ArrayList<>();
    for (String d : deps) {
      Map<String, Object> e = new LinkedHashMap<>();
      int slash = d.indexOf('/');
      if (slash >= 0) {
        e.put("name", d.substring(slash + 1));
        e.put("namespace", d.substring(0, slash));
      } else {
        e.put("name", d);
      }
      list.add(e);
    }
    return object(apiVersion, kind, "flux-system", name, list);
  }

  static Map<String, Object> object(
      String apiVersion, String kind, String namespace, String name, List<Object> dependsOn) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("name", name);
    if (namespace != null) {
      meta.put("namespace", namespace);
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("apiVersion", apiVersion);
    o.put("kind", kind);
    o.put("metadata", meta);
    if (dependsOn != null) {
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("dependsOn", dependsOn);
      o.put("spec", spec);
    }
    return o;
  }

  static Map<String, Object> dep(String apiVersion, String kind, String namespace, String name) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("apiVersion", apiVersion);
    e.put("kind", kind);
    e.put("name", name);
    if (namespace != null) {
      e.put("namespace", namespace);
    }
    return e;
  }

  static NodeId hr(String name) {
    return new NodeId("helm.toolkit.fluxcd.io", "HelmRelease", "flux-system", name);
  }
}
