package io.rset.core.yaml;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mapping. Keys are strings (go-yaml v2 resolution, then stringified as sigs.k8s.io/yaml does: a
 * key {@code yes} becomes {@code "true"}); entries keep source order.
 *
 * @param keyPositions where each key is written
 */
public record YamlMap(
    Position pos, Map<String, YamlNode> entries, Map<String, Position> keyPositions)
    implements YamlNode {
  public YamlMap {
    entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    keyPositions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyPositions));
  }

  @Override
  public Object toValue() {
    Map<String, Object> out = new LinkedHashMap<>();
    entries.forEach((k, v) -> out.put(k, v.toValue()));
    return out;
  }
}
