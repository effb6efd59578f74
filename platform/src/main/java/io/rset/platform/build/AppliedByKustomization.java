package io.rset.platform.build;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What kustomize-controller adds to the objects of a Flux Kustomization after the build and the
 * substitution: {@code spec.commonMetadata} labels and annotations (on {@code metadata} only, never
 * on selectors or templates; not substituted), and its owner labels. The build fields ({@code
 * targetNamespace}, {@code namePrefix}, ...) are applied by kustomize: see {@link FluxBuildFields}.
 */
final class AppliedByKustomization {
  /** The labels kustomize-controller puts on every object it applies. */
  static final String NAME_LABEL = "kustomize.toolkit.fluxcd.io/name";

  static final String NAMESPACE_LABEL = "kustomize.toolkit.fluxcd.io/namespace";

  private AppliedByKustomization() {}

  /**
   * A copy of {@code o} with the Kustomization's {@code commonMetadata} labels, then its owner
   * labels, and its {@code commonMetadata} annotations merged in (existing keys overwritten).
   */
  static Map<String, Object> withMetadata(Map<String, Object> o, Map<String, Object> ks) {
    Map<String, String> labels = new LinkedHashMap<>(commonMetadata(ks, "labels"));
    labels.put(NAME_LABEL, BuildRun.name(ks));
    labels.put(NAMESPACE_LABEL, BuildRun.namespace(ks));
    Map<String, Object> copy = new LinkedHashMap<>(o);
    Map<String, Object> meta =
        o.get("metadata") instanceof Map<?, ?> m ? copyMap(m) : new LinkedHashMap<>();
    merge(meta, "labels", labels);
    merge(meta, "annotations", commonMetadata(ks, "annotations"));
    copy.put("metadata", meta);
    return copy;
  }

  private static void merge(Map<String, Object> meta, String field, Map<String, String> add) {
    if (add.isEmpty()) {
      return;
    }
    Map<String, Object> m =
        meta.get(field) instanceof Map<?, ?> existing ? copyMap(existing) : new LinkedHashMap<>();
    m.putAll(add);
    meta.put(field, m);
  }

  private static Map<String, String> commonMetadata(Map<String, Object> ks, String field) {
    Map<String, String> out = new LinkedHashMap<>();
    if (ks.get("spec") instanceof Map<?, ?> spec
        && spec.get("commonMetadata") instanceof Map<?, ?> cm
        && cm.get(field) instanceof Map<?, ?> values) {
      values.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
    }
    return out;
  }

  private static Map<String, Object> copyMap(Map<?, ?> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
