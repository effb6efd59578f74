package io.rset.core.model;

import java.util.List;
import java.util.Map;

/**
 * An item of {@code spec.steps}.
 *
 * @param resourcesTemplate null when absent
 * @param timeout Go duration string, null when absent
 * @param present names of the fields written in the manifest
 */
public record ResourceSetStep(
    String name,
    List<Map<String, Object>> resources,
    String resourcesTemplate,
    String timeout,
    java.util.Set<String> present) {
  public ResourceSetStep {
    resources = resources == null ? List.of() : List.copyOf(resources);
    present = present == null ? java.util.Set.of() : java.util.Set.copyOf(present);
  }
}
