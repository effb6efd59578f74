package io.rset.core.model;

import java.util.Map;

/**
 * The metadata fields rset reads from its own custom resources.
 *
 * @param labels never null (empty when absent)
 * @param annotations never null (empty when absent)
 */
public record ObjectMeta(
    String name,
    String namespace,
    String uid,
    Long generation,
    Map<String, String> labels,
    Map<String, String> annotations) {
  public ObjectMeta {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
  }
}
