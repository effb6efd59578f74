package io.rset.platform.build;

import io.rset.core.yaml.Position;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlScalar;
import io.rset.core.yaml.YamlSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain objects as {@link YamlNode}s for core's manifest reader, every node at one position (the
 * object's document): the same nodes as serialising the object and reading it back, without the
 * text round trip.
 */
final class MapNodes {
  private MapNodes() {}

  static YamlNode of(Object value, Position pos) {
    if (value instanceof Map<?, ?> m) {
      Map<String, YamlNode> entries = new LinkedHashMap<>();
      Map<String, Position> keys = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String k = String.valueOf(e.getKey());
        entries.put(k, of(e.getValue(), pos));
        keys.put(k, pos);
      }
      return new YamlMap(pos, entries, keys);
    }
    if (value instanceof List<?> l) {
      List<YamlNode> items = new ArrayList<>(l.size());
      for (Object o : l) {
        items.add(of(o, pos));
      }
      return new YamlSeq(pos, items);
    }
    return new YamlScalar(pos, value, value instanceof String s ? s : null);
  }
}
