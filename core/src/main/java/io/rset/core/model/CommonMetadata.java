package io.rset.core.model;

import java.util.Map;

/** Labels and annotations merged into every generated object; maps never null. */
public record CommonMetadata(Map<String, String> labels, Map<String, String> annotations) {
  public static final CommonMetadata EMPTY = new CommonMetadata(Map.of(), Map.of());

  public CommonMetadata {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
  }
}
