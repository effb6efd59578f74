package io.rset.platform.build;

import io.rset.platform.kustomize.KustomizeOverlay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the build fields of a followed Flux Kustomization ({@code spec.targetNamespace}, {@code
 * namePrefix}, {@code nameSuffix}, {@code patches}, {@code images}) into the {@link
 * KustomizeOverlay} kustomize-controller would merge into the directory's kustomization, checking
 * them as the Kustomization CRD's schema does: types, required fields, lengths, and unknown fields
 * (which the API server drops, so a misspelt field silently does nothing on the cluster). A bad
 * entry is reported and left out; the rest is applied.
 */
final class FluxBuildFields {
  /** The fields of {@code kustomize.toolkit.fluxcd.io/v1} KustomizationSpec. */
  static final Set<String> SPEC_FIELDS =
      Set.of(
          "commonMetadata",
          "dependsOn",
          "decryption",
          "interval",
          "retryInterval",
          "kubeConfig",
          "path",
          "postBuild",
          "prune",
          "deletionPolicy",
          "healthChecks",
          "namePrefix",
          "nameSuffix",
          "patches",
          "images",
          "serviceAccountName",
          "sourceRef",
          "suspend",
          "targetNamespace",
          "timeout",
          "force",
          "wait",
          "buildMetadata",
          "components",
          "ignoreMissingComponents",
          "healthCheckExprs",
          "ignore");

  private static final List<String> PATCH_FIELDS = List.of("patch", "target");
  private static final List<String> SELECTOR_FIELDS =
      List.of(
          "group", "version", "kind", "name", "namespace", "annotationSelector", "labelSelector");
  private static final List<String> IMAGE_FIELDS = List.of("name", "newName", "newTag", "digest");
  private static final List<String> COMMON_METADATA_FIELDS = List.of("labels", "annotations");

  /**
   * A field that does not pass the schema.
   *
   * @param path where, as keys and indexes below the object
   * @param message the API server's wording, e.g. {@code spec.images[0].name: Required value}
   */
  record Issue(List<Object> path, String message) {}

  /** What was read: the overlay to build with and the issues found. */
  record Result(KustomizeOverlay overlay, List<Issue> issues) {}

  private final Map<String, Object> ks;
  private final Origin origin;
  private final SpecLocator locator;
  private final List<Issue> issues = new ArrayList<>();

  /** How many issues leave an entry out: all but unknown fields, which the API server drops. */
  private int fatal;

  private FluxBuildFields(Map<String, Object> ks, Origin origin, SpecLocator locator) {
    this.ks = ks;
    this.origin = origin;
    this.locator = locator;
  }

  /** Reads the build fields of {@code ks}, an object read from {@code origin}. */
  static Result read(Map<String, Object> ks, Origin origin, SpecLocator locator) {
    return new FluxBuildFields(ks, origin, locator).read();
  }

  private Result read() {
    Map<?, ?> spec = ks.get("spec") instanceof Map<?, ?> m ? m : Map.of();
    if ("kustomize.toolkit.fluxcd.io/v1".equals(ks.get("apiVersion"))) {
      for (Object k : spec.keySet()) {
        if (!SPEC_FIELDS.contains(String.valueOf(k))) {
          unknown(List.of("spec", String.valueOf(k)));
        }
      }
    }
    String namespace = string(spec, "targetNamespace", 63);
    String prefix = string(spec, "namePrefix", 200);
    String suffix = string(spec, "nameSuffix", 200);
    List<KustomizeOverlay.Patch> patches = new ArrayList<>();
    List<?> ps = list(spec, "patches");
    for (int i = 0; i < ps.size(); i++) {
      KustomizeOverlay.Patch p = patch(ps.get(i), i);
      if (p != null) {
        patches.add(p);
      }
    }
    List<KustomizeOverlay.Image> images = new ArrayList<>();
    List<?> is = list(spec, "images");
    for (int i = 0; i < is.size(); i++) {
      KustomizeOverlay.Image img = image(is.get(i), i);
      if (img != null) {
        images.add(img);
      }
    }
    commonMetadata(spec.get("commonMetadata"));
    return new Result(new KustomizeOverlay(namespace, prefix, suffix, patches, images), issues);
  }

  private KustomizeOverlay.Patch patch(Object entry, int i) {
    List<Object> at = List.of("spec", "patches", i);
    if (!(entry instanceof Map<?, ?> m)) {
      wrongType(at, entry, "object");
      return null;
    }
    int before = fatal;
    fields(m, at, PATCH_FIELDS);
    String text = member(m, at, "patch", true);
    KustomizeOverlay.Selector target = null;
    if (m.get("target") != null) {
      List<Object> tat = with(at, "target");
      if (!(m.get("target") instanceof Map<?, ?> t)) {
        wrongType(tat, m.get("target"), "object");
      } else {
        fields(t, tat, SELECTOR_FIELDS);
        target =
            new KustomizeOverlay.Selector(
                orEmpty(member(t, tat, "group", false)),
                orEmpty(member(t, tat, "version", false)),
                orEmpty(member(t, tat, "kind", false)),
                orEmpty(member(t, tat, "name", false)),
                orEmpty(member(t, tat, "namespace", false)),
                orEmpty(member(t, tat, "annotationSelector", false)),
                orEmpty(member(t, tat, "labelSelector", false)));
      }
    }
    if (fatal > before) {
      return null;
    }
    Origin where = locate(at);
    int patchLine = locator.valueLine(origin, "spec", "patches", i, "patch");
    return new KustomizeOverlay.Patch(
        text, target, where.file(), where.line(), where.column(), patchLine);
  }

  private KustomizeOverlay.Image image(Object entry, int i) {
    List<Object> at = List.of("spec", "images", i);
    if (!(entry instanceof Map<?, ?> m)) {
      wrongType(at, entry, "object");
      return null;
    }
    int before = fatal;
    fields(m, at, IMAGE_FIELDS);
    String name = member(m, at, "name", true);
    String newName = member(m, at, "newName", false);
    String newTag = member(m, at, "newTag", false);
    String digest = member(m, at, "digest", false);
    if (fatal > before) {
      return null;
    }
    Origin where = locate(at);
    return new KustomizeOverlay.Image(
        name, orEmpty(newName), orEmpty(newTag), orEmpty(digest), where.line(), where.column());
  }

  private void commonMetadata(Object cm) {
    List<Object> at = List.of("spec", "commonMetadata");
    if (cm == null) {
      return;
    }
    if (!(cm instanceof Map<?, ?> m)) {
      wrongType(at, cm, "object");
      return;
    }
    fields(m, at, COMMON_METADATA_FIELDS);
    for (String f : COMMON_METADATA_FIELDS) {
      Object v = m.get(f);
      if (v == null) {
        continue;
      }
      if (!(v instanceof Map<?, ?> values)) {
        wrongType(with(at, f), v, "object");
        continue;
      }
      values.forEach(
          (k, x) -> {
            if (x != null && !(x instanceof String)) {
              wrongType(with(with(at, f), String.valueOf(k)), x, "string");
            }
          });
    }
  }

  // ---- schema checks -------------------------------------------------------------------------

  /** A string field of the spec; null when absent or empty (the schema's minLength is 1). */
  private String string(Map<?, ?> spec, String field, int maxLength) {
    Object v = spec.get(field);
    List<Object> at = List.of("spec", field);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      wrongType(at, v, "string");
      return null;
    }
    if (s.isEmpty()) {
      issue(
          at,
          dotted(at)
              + ": Invalid value: \"\": "
              + dotted(at)
              + " in body should be at least 1 chars long");
      return null;
    }
    if (s.length() > maxLength) {
      issue(at, dotted(at) + ": Too long: may not be more than " + maxLength + " bytes");
      return null;
    }
    return s;
  }

  private List<?> list(Map<?, ?> spec, String field) {
    Object v = spec.get(field);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> l)) {
      wrongType(List.of("spec", field), v, "array");
      return List.of();
    }
    return l;
  }

  /** A string member of an entry; null when absent (an issue when required) or of another type. */
  private String member(Map<?, ?> m, List<Object> at, String field, boolean required) {
    Object v = m.get(field);
    if (v == null) {
      if (required) {
        issue(with(at, field), dotted(with(at, field)) + ": Required value");
      }
      return null;
    }
    if (!(v instanceof String s)) {
      wrongType(with(at, field), v, "string");
      return null;
    }
    return s;
  }

  private void fields(Map<?, ?> m, List<Object> at, List<String> known) {
    for (Object k : m.keySet()) {
      if (!known.contains(String.valueOf(k))) {
        unknown(with(at, String.valueOf(k)));
      }
    }
  }

  private void unknown(List<Object> at) {
    issues.add(
        new Issue(
            at,
            "unknown field \"" + dotted(at) + "\" (the API server drops it: it has no effect)"));
  }

  private void wrongType(List<Object> at, Object v, String want) {
    String got = typeName(v);
    issue(
        at,
        dotted(at)
            + ": Invalid value: \""
            + got
            + "\": "
            + dotted(at)
            + " in body must be of type "
            + want
            + ": \""
            + got
            + "\"");
  }

  private void issue(List<Object> at, String message) {
    issues.add(new Issue(at, message));
    fatal++;
  }

  private Origin locate(List<Object> at) {
    return locator.locate(origin, at.toArray());
  }

  private static List<Object> with(List<Object> at, Object more) {
    List<Object> out = new ArrayList<>(at);
    out.add(more);
    return out;
  }

  /** {@code spec.images[0].name}. */
  static String dotted(List<Object> path) {
    StringBuilder b = new StringBuilder();
    for (Object p : path) {
      if (p instanceof Integer i) {
        b.append('[').append(i).append(']');
      } else {
        b.append(b.isEmpty() ? "" : ".").append(p);
      }
    }
    return b.toString();
  }

  private static String typeName(Object v) {
    if (v instanceof String) {
      return "string";
    }
    if (v instanceof Long || v instanceof Integer) {
      return "integer";
    }
    if (v instanceof Number) {
      return "number";
    }
    if (v instanceof Boolean) {
      return "boolean";
    }
    if (v instanceof List<?>) {
      return "array";
    }
    if (v instanceof Map<?, ?>) {
      return "object";
    }
    return "null";
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
