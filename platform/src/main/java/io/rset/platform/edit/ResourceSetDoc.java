package io.rset.platform.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ResourceSet document of a platform file, as a plain value (for reading inputs) and as a
 * position tree (for messages and edits).
 *
 * @param index the document's index in the file
 */
record ResourceSetDoc(PlatformFile file, int index, Map<String, Object> value, Node.Map node) {
  static final List<String> INPUTS_PATH = List.of("spec", "inputs");

  /** Keys an {@code inputs} key added to spec goes before (where people usually write it). */
  static final List<String> INPUTS_BEFORE = List.of("resources", "resourcesTemplate", "steps");

  /** The ResourceSet documents of {@code f} in order. */
  @SuppressWarnings("unchecked")
  static List<ResourceSetDoc> all(PlatformFile f) {
    List<ResourceSetDoc> out = new ArrayList<>();
    List<Object> values = f.values();
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) instanceof Map<?, ?> m
          && "ResourceSet".equals(m.get("kind"))
          && f.nodes().get(i) instanceof Node.Map n) {
        out.add(new ResourceSetDoc(f, i, (Map<String, Object>) m, n));
      }
    }
    return out;
  }

  /** metadata.name, or an empty string. */
  String name() {
    return metadata().get("name") instanceof String s ? s : "";
  }

  /** metadata.namespace, or null. */
  String namespace() {
    return metadata().get("namespace") instanceof String s ? s : null;
  }

  private Map<?, ?> metadata() {
    return value.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
  }

  /** The mapping items of spec.inputs, in order (other items are skipped). */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> inputs() {
    List<Map<String, Object>> out = new ArrayList<>();
    if (value.get("spec") instanceof Map<?, ?> spec && spec.get("inputs") instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map<?, ?> m) {
          out.add((Map<String, Object>) m);
        }
      }
    }
    return out;
  }

  /** The position tree of spec.inputs, or null when it is not a list. */
  Node.Seq inputsNode() {
    if (node.get("spec") instanceof Node.Map spec && spec.get("inputs") instanceof Node.Seq q) {
      return q;
    }
    return null;
  }

  /** {@code file:line:col} of the input whose {@code key} is {@code value}, or the file name. */
  String whereInput(String key, String value) {
    Node.Seq q = inputsNode();
    if (q != null) {
      for (Node item : q.items()) {
        if (item instanceof Node.Map m
            && m.get(key) instanceof Node.Scalar s
            && value.equals(s.value())) {
          return file.doc().where(s.start().line(), s.start().column());
        }
      }
    }
    return file.name();
  }

  /**
   * The file's text with {@code input} added at the end of spec.inputs, in the style of the
   * existing inputs.
   */
  String withInput(Object input) {
    if (!(value.get("spec") instanceof Map<?, ?>)) {
      throw new EditException(
          file.doc().where(node.start().line(), node.start().column())
              + ": ResourceSet "
              + name()
              + " has no spec");
    }
    return ListEdit.add(file.doc(), index, INPUTS_PATH, null, input, INPUTS_BEFORE);
  }

  /** How the existing inputs are written. */
  EntryStyle inputStyle() {
    return ListEdit.style(file.doc(), index, INPUTS_PATH);
  }

  /**
   * {@code names} as the inputs write their {@code dependsOn} items: plain names, or {@code {name:
   * x}} mappings when most existing items are mappings.
   */
  static List<Object> dependsOn(List<Map<String, Object>> inputs, List<String> names) {
    int maps = 0;
    int plain = 0;
    for (Map<String, Object> in : inputs) {
      if (in.get("dependsOn") instanceof List<?> l) {
        for (Object o : l) {
          if (o instanceof Map<?, ?>) {
            maps++;
          } else {
            plain++;
          }
        }
      }
    }
    List<Object> out = new ArrayList<>();
    for (String n : names) {
      out.add(maps > plain ? new java.util.LinkedHashMap<>(Map.of("name", n)) : n);
    }
    return out;
  }

  /** The names in an input's {@code dependsOn} (plain names or {@code {name: x}} items). */
  static List<String> dependencyNames(Map<?, ?> input) {
    List<String> out = new ArrayList<>();
    if (input.get("dependsOn") instanceof List<?> l) {
      for (Object o : l) {
        String n = o instanceof Map<?, ?> m ? str(m, "name") : o instanceof String s ? s : null;
        if (n != null) {
          out.add(n);
        }
      }
    }
    return out;
  }

  /** A string field of an input map, or null. */
  static String str(Map<?, ?> m, String key) {
    return m.get(key) instanceof String s ? s : null;
  }
}
