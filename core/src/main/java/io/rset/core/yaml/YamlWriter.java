package io.rset.core.yaml;

import io.rset.gotemplate.flux.YamlMarshal;
import io.rset.gotemplate.sprig.JsonMarshal;

/**
 * Serialises plain values ({@code Map<String,?>}, {@code List<?>}, {@link String}, {@link Long},
 * {@link Double}, {@link Boolean}, null — what {@link YamlNode#toValue()} gives) the way the Flux
 * Operator prints objects.
 */
public final class YamlWriter {
  private YamlWriter() {}

  /**
   * sigs.k8s.io/yaml {@code Marshal}: JSON encoding, then go-yaml v2's emitter (natural key order,
   * 2-space indent, sequences not indented under their key, go-yaml quoting and folding at 80
   * columns). Ends with a newline.
   *
   * @throws IllegalArgumentException with Go's text for values JSON cannot hold (NaN, infinities)
   */
  public static String toYaml(Object value) {
    return YamlMarshal.marshal(value);
  }

  /**
   * {@code json.MarshalIndent(value, "", " ")}: keys in byte order, Go's number format and string
   * escaping (HTML characters as {@code \u003c} etc.). No trailing newline.
   *
   * @throws IllegalArgumentException with Go's text for values JSON cannot hold
   */
  public static String toJson(Object value) {
    return JsonMarshal.marshalIndent(value);
  }

  /**
   * As {@link #toJson} but with {@code <}, {@code >} and {@code &} written as themselves (Go's
   * {@code SetEscapeHTML(false)}), as the Flux CLI prints objects.
   */
  public static String toRawJson(Object value) {
    return JsonMarshal.marshalIndentRaw(value);
  }
}
