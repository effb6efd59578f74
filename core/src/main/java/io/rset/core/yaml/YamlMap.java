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
    entries =
        java.util.Collections.unmodifiableMap(
            entries instanceof Owned ? entries : new LinkedHashMap<>(entries));
    keyPositions =
        java.util.Collections.unmodifiableMap(
            keyPositions instanceof Owned ? keyPositions : new LinkedHashMap<>(keyPositions));
  }

  /**
   * A map the {@link YamlReader} builds for exactly one YamlMap and never touches afterwards, so
   * the constructor wraps it instead of copying it.
   */
  static final class Owned<V> extends LinkedHashMap<String, V> {
    private static final long serialVersionUID = 1L;
  }

  @Override
  public Object toValue() {
    Map<String, Object> out = new LinkedHashMap<>();
    entries.forEach((k, v) -> out.put(k, v.toValue()));
    return out;
  }
}
