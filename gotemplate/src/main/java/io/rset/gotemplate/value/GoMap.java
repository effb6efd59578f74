package io.rset.gotemplate.value;

import java.util.Map;

/**
 * A non-nil map of a type other than {@code map[string]interface {}} (which is a plain {@link
 * Map}), such as {@code map[string]string}.
 */
public record GoMap(GoType goType, Map<String, Object> entries) implements GoValue {
  public GoMap {
    if (goType.kind() != GoType.Kind.MAP) {
      throw new IllegalArgumentException("not a map type: " + goType);
    }
  }
}
