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
   * Decodes the file's YAML list over {@code existing} the way Go's JSON decoder fills an existing
   * slice: item i of the file is merged into {@code existing[i]} (the file's keys win), the list
   * takes the file's length, and an empty or {@code null} file gives no inputs.
   */
  static List<Map<String, Object>> decodeOver(
      YamlReader yaml, Source file, List<Map<String, Object>> existing) {
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
      Map<String, Object> merged =
          i < existing.size() ? new LinkedHashMap<>(existing.get(i)) : new LinkedHashMap<>();
      if (item instanceof YamlMap m) {
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
          if (e.getValue() instanceof YamlScalar s && s.value() == null) {
            throw new BuildFailure(
                PREFIX + "inputs[" + i + "]." + e.getKey() + ": null values are not supported",
                e.getValue().pos().toString());
          }
          merged.put(e.getKey(), e.getValue().toValue());
        }
      } else if (item instanceof YamlScalar s && s.value() == null) {
        merged.clear(); // Go sets the map to nil
      } else {
        throw new BuildFailure(
            JSON_PREFIX + jsonType(item) + " into Go value of type v1.ResourceSetInput",
            item.pos().toString());
      }
      out.add(merged);
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
