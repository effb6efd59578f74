package io.rset.core.yaml;

/**
 * A resolved scalar: String, Long, Double, Boolean or null.
 *
 * @param source the scalar's text as written (without quotes), for messages
 */
public record YamlScalar(Position pos, Object value, String source) implements YamlNode {
  @Override
  public Object toValue() {
    return value;
  }
}
