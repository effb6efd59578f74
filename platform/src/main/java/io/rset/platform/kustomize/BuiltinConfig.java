package io.rset.platform.kustomize;

import io.rset.core.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kustomize's default transformer configuration (resource {@code builtin-config.yaml}): the field
 * specs for common labels, template labels, common annotations and namespaces, and the name
 * reference table.
 */
final class BuiltinConfig {
  /** A kind whose name other objects refer to, and the fields that do. */
  record NameBackReference(String group, String version, String kind, List<FieldSpec> referrers) {}

  static final List<FieldSpec> COMMON_LABELS;
  static final List<FieldSpec> TEMPLATE_LABELS;
  static final List<FieldSpec> COMMON_ANNOTATIONS;
  static final List<FieldSpec> NAMESPACE;
  static final List<NameBackReference> NAME_REFERENCES;

  static {
    Map<String, Object> cfg = load();
    COMMON_LABELS = specs(cfg.get("commonLabels"));
    TEMPLATE_LABELS = specs(cfg.get("templateLabels"));
    COMMON_ANNOTATIONS = specs(cfg.get("commonAnnotations"));
    NAMESPACE = specs(cfg.get("namespace"));
    List<NameBackReference> refs = new ArrayList<>();
    for (Object o : (List<?>) cfg.get("nameReference")) {
      Map<?, ?> m = (Map<?, ?>) o;
      refs.add(
          new NameBackReference(
              str(m, "group"), str(m, "version"), str(m, "kind"), specs(m.get("fieldSpecs"))));
    }
    NAME_REFERENCES = List.copyOf(refs);
  }

  private BuiltinConfig() {}

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load() {
    try (InputStream in = BuiltinConfig.class.getResourceAsStream("builtin-config.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return (Map<String, Object>)
          new YamlReader().readSingle("builtin-config.yaml", text).toValue();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read builtin-config.yaml", e);
    }
  }

  private static String str(Map<?, ?> m, String k) {
    Object v = m.get(k);
    return v == null ? "" : v.toString();
  }

  private static List<FieldSpec> specs(Object list) {
    List<FieldSpec> out = new ArrayList<>();
    for (Object o : (List<?>) list) {
      Map<?, ?> m = (Map<?, ?>) o;
      out.add(
          new FieldSpec(
              str(m, "group"),
              str(m, "version"),
              str(m, "kind"),
              str(m, "path"),
              Boolean.TRUE.equals(m.get("create"))));
    }
    return List.copyOf(out);
  }
}
