package io.rset.core.build;

import java.util.List;
import java.util.Map;

/**
 * The objects one step built, in build order.
 *
 * @param name the step name, or null for the anonymous step of a steps-less ResourceSet
 * @param objects plain Java maps (String keys; values Map, List, String, Long, Double, Boolean or
 *     null); the list is unmodifiable, the maps are the builder's own mutable copies
 */
public record StepResult(String name, List<Map<String, Object>> objects) {
  public StepResult {
    objects = List.copyOf(objects);
  }
}
