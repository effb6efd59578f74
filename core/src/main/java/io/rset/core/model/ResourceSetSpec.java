package io.rset.core.model;

import java.util.List;
import java.util.Map;

/**
 * A ResourceSet's spec (spec §1.2). Lists are never null (empty when absent); {@code
 * resourcesTemplate} is null when absent. {@code resources} items are JSON objects as plain Java
 * values (maps, lists, String, Long, Double, Boolean, null). {@code inputs} are input sets with the
 * Kubernetes number rule applied.
 *
 * @param waitForHealth {@code spec.wait}: health-check applied objects
 * @param present names of the spec fields written in the manifest (CEL's has()), for validation
 */
public record ResourceSetSpec(
    CommonMetadata commonMetadata,
    InputStrategy inputStrategy,
    List<Map<String, Object>> inputs,
    List<InputProviderReference> inputsFrom,
    List<Map<String, Object>> resources,
    String resourcesTemplate,
    List<ResourceSetStep> steps,
    List<Dependency> dependsOn,
    String serviceAccountName,
    boolean waitForHealth,
    java.util.Set<String> present) {
  public ResourceSetSpec {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    inputsFrom = inputsFrom == null ? List.of() : List.copyOf(inputsFrom);
    resources = resources == null ? List.of() : List.copyOf(resources);
    steps = steps == null ? List.of() : List.copyOf(steps);
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    present = present == null ? java.util.Set.of() : java.util.Set.copyOf(present);
  }
}
