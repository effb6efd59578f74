package io.rset.gotemplate.flux;

/**
 * Public entry to {@code sigs.k8s.io/yaml.Marshal} (encoding/json, then go-yaml v2's emitter): the
 * serialisation the Flux Operator uses for {@code toYaml}, CLI output and digests. Accepts plain
 * Java values ({@code Map<String,?>}, {@code List<?>}, {@link String}, {@link Long}, {@link
 * Double}, {@link Boolean}, null) as well as template values.
 */
public final class YamlMarshal {
  private YamlMarshal() {}

  /** Output cap of {@link #marshal(Object)}: 256 Mi chars. */
  public static final long DEFAULT_MAX_CHARS = 256L * 1024 * 1024;

  /**
   * The YAML text of {@code value}, exactly as Go's sigs.k8s.io/yaml v1.6.0 writes it (ends with a
   * newline).
   *
   * @throws IllegalArgumentException with Go's error text (e.g. {@code error marshaling into JSON:
   *     json: unsupported value: NaN}), or when the output would exceed the cap
   */
  public static String marshal(Object value) {
    return marshal(value, DEFAULT_MAX_CHARS);
  }

  /** {@link #marshal(Object)} with an explicit output cap in chars. */
  public static String marshal(Object value, long maxChars) {
    try {
      return SigsYaml.marshal(value, maxChars);
    } catch (SigsYaml.MarshalException e) {
      throw new IllegalArgumentException(e.getMessage());
    } catch (YamlEmitter.TooLarge e) {
      throw new IllegalArgumentException("yaml output larger than " + maxChars + " chars");
    }
  }
}
