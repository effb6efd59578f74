package io.rset.core.platform;

import io.rset.core.build.StepResult;
import io.rset.core.model.ResourceSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The objects one ResourceSet built to, after {@code commonMetadata} and the owner labels were
 * applied (spec §6.2 step 9).
 *
 * @param resourceSet the ResourceSet as built (namespace defaulted, inputs replaced by {@code
 *     --inputs-from})
 * @param steps one entry per step in spec order (steps with no objects included), or one anonymous
 *     entry (name null) for a ResourceSet without steps; never empty of objects as a whole
 */
public record BuildResult(ResourceSet resourceSet, List<StepResult> steps) {
  public BuildResult {
    steps = List.copyOf(steps);
  }

  /** All objects in build order. */
  public List<Map<String, Object>> objects() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (StepResult s : steps) {
      out.addAll(s.objects());
    }
    return out;
  }
}
