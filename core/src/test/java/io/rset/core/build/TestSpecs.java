package io.rset.core.build;

import io.rset.core.model.CommonMetadata;
import io.rset.core.model.ResourceSetSpec;
import io.rset.core.model.ResourceSetStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the parts of a ResourceSet manifest the builder tests need (spec, name, namespace) with the
 * builder's own YAML decoding; the real manifest reader lives in the model package.
 */
final class TestSpecs {
  private TestSpecs() {}

  /** A manifest's metadata and spec. */
  record Manifest(String name, String namespace, ResourceSetSpec spec) {}

  static Manifest read(String yaml) {
    Map<String, Object> m = map(decode(yaml));
    Map<String, Object> meta = map(m.get("metadata"));
    return new Manifest(
        (String) meta.get("name"), (String) meta.get("namespace"), spec(map(m.get("spec"))));
  }

  static ResourceSetSpec spec(Map<String, Object> s) {
    List<ResourceSetStep> steps = new ArrayList<>();
    for (Object o : list(s.get("steps"))) {
      Map<String, Object> st = map(o);
      steps.add(
          new ResourceSetStep(
              (String) st.get("name"),
              maps(st.get("resources")),
              (String) st.get("resourcesTemplate"),
              null,
              st.keySet()));
    }
    Map<String, Object> cm = map(s.get("commonMetadata"));
    return new ResourceSetSpec(
        new CommonMetadata(strings(cm.get("labels")), strings(cm.get("annotations"))),
        null,
        maps(s.get("inputs")),
        null,
        maps(s.get("resources")),
        (String) s.get("resourcesTemplate"),
        steps,
        null,
        null,
        false,
        s.keySet());
  }

  static Object decode(String yaml) {
    try {
      return RenderedYaml.decode(yaml);
    } catch (RenderedYaml.DecodeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o == null ? new LinkedHashMap<>() : (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return o == null ? List.of() : (List<Object>) o;
  }

  static List<Map<String, Object>> maps(Object o) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object x : list(o)) {
      out.add(map(x));
    }
    return out;
  }

  static Map<String, String> strings(Object o) {
    Map<String, String> out = new LinkedHashMap<>();
    map(o).forEach((k, v) -> out.put(k, (String) v));
    return out;
  }
}
