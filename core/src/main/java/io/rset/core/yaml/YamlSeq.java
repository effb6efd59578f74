package io.rset.core.yaml;

import java.util.ArrayList;
import java.util.List;

/** A sequence. */
public record YamlSeq(Position pos, List<YamlNode> items) implements YamlNode {
  public YamlSeq {
    items = List.copyOf(items);
  }

  @Override
  public Object toValue() {
    List<Object> out = new ArrayList<>(items.size());
    items.forEach(i -> out.add(i.toValue()));
    return out;
  }
}
