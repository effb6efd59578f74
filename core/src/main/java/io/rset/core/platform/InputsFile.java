package io.rset.core.platform;

import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlScalar;
import io.rset.core.yaml.YamlSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --inputs-from} file (spec §6.2 step 4). */
final class InputsFile {
  private static final String PREFIX = "error parsing inputs file: ";
  private static final String JSON_PREFIX =
      PREFIX + "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ";

  private InputsFile() {}

  /**
   * Decodes the file's YAML list of input sets; an empty or {@code null} file gives no inputs, a
   * {@code null} item stays null. Merging over {@code spec.inputs} is {@link
   * io.rset.core.inputs.OfflineInputs#withInputsFile}'s job.
   *
   * @throws BuildFailure with Go's decoding error for anything but a list of objects
   */
  static List<Map<String, Object>> decode(YamlReader yaml, Source file) {
    YamlNode root;
    try {
      root = yaml.readSingle(file.name(), file.text());
    } catch (YamlException e) {
      throw OfflineBuild.yamlFailure(PREFIX, e, file.name());
    }
    if (root instanceof YamlScalar s && s.value() == null) {
      return List.of();
    }
    if (!(root instanceof YamlSeq seq)) {
      throw new BuildFailure(
          JSON_PREFIX + jsonType(root) + " into Go value of type []v1.ResourceSetInput",
          root.pos().toString());
    }
    List<Map<String, Object>> out = new ArrayList<>(seq.items().size());
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode item = seq.items().get(i);
      if (item instanceof YamlMap m) {
        Map<String, Object> set = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
          if (e.getValue() instanceof YamlScalar s && s.value() == null) {
            throw new BuildFailure(
                PREFIX + "inputs[" + i + "]." + e.getKey() + ": null values are not supported",
                e.getValue().pos().toString());
          }
          set.put(e.getKey(), e.getValue().toValue());
        }
        out.add(set);
      } else if (item instanceof YamlScalar s && s.value() == null) {
        out.add(null);
      } else {
        throw new BuildFailure(
            JSON_PREFIX + jsonType(item) + " into Go value of type v1.ResourceSetInput",
            item.pos().toString());
      }
    }
    return out;
  }

  /** The JSON type name Go's decoder uses in its error messages. */
  static String jsonType(YamlNode n) {
    if (n instanceof YamlMap) {
      return "object";
    }
    if (n instanceof YamlSeq) {
      return "array";
    }
    Object v = ((YamlScalar) n).value();
    if (v instanceof String) {
      return "string";
    }
    if (v instanceof Boolean) {
      return "bool";
    }
    return "number";
  }
}
