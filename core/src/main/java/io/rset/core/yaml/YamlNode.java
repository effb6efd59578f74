package io.rset.core.yaml;

/**
 * A decoded YAML value that remembers where it came from. Scalars are already resolved the way the
 * Flux Operator decodes manifests (go-yaml v2's YAML 1.1 rules, then the Kubernetes JSON number
 * rule: integral numbers that fit int64 are {@link Long}, other numbers {@link Double}).
 */
public sealed interface YamlNode permits YamlMap, YamlSeq, YamlScalar {
  /** Where the node starts. */
  Position pos();

  /**
   * The plain Java value: {@code LinkedHashMap<String,Object>}, {@code ArrayList<Object>}, {@link
   * String}, {@link Long}, {@link Double}, {@link Boolean} or null. Collections are mutable copies.
   */
  Object toValue();
}
