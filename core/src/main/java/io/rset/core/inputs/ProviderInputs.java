package io.rset.core.inputs;

import java.util.List;
import java.util.Map;

/**
 * One input provider's input sets before combination: the ResourceSet itself (its {@code
 * spec.inputs}) or a ResourceSetInputProvider (its exported inputs).
 *
 * @param kind {@code ResourceSet} or {@code ResourceSetInputProvider}
 * @param sets the provider's input sets in provider order (not modified by the combiner)
 */
public record ProviderInputs(
    String kind, String name, String namespace, List<Map<String, Object>> sets) {
  public ProviderInputs {
    sets = List.copyOf(sets);
  }
}
