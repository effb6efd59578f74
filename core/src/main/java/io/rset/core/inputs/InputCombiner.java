package io.rset.core.inputs;

import io.rset.core.model.InputStrategy;
import io.rset.core.model.ResourceSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines providers' input sets with a ResourceSet's strategy (spec §2.3-§2.7). Pure: the
 * providers' maps are deep-copied, so result maps are mutable and independent of the inputs. As in
 * Flux, under Permute the nested set of a provider is one shared map across the permutations that
 * use it (a sprig {@code set} on it in one permutation is seen by the next).
 */
public final class InputCombiner {
  /** The most permutations the Permute strategy may produce. */
  public static final int MAX_PERMUTATIONS = 10000;

  private InputCombiner() {}

  /**
   * Combines {@code providers} (the ResourceSet first, then the input providers sorted by name) as
   * the ResourceSet's {@code spec.inputStrategy} says, adding the {@code provider} key to every
   * set.
   *
   * @param hasInputsFrom whether {@code spec.inputsFrom} is non-empty (decides between "render once
   *     without inputs" and "render nothing" when the result is empty)
   * @throws InputException e.g. {@code failed to get inputs from ResourceSet/rset: adding provider
   *     'rset' with 100000 inputs would exceed the maximum allowed permutations. max: 10000, got:
   *     100000}
   */
  public static InputResult combine(
      InputStrategy strategy, List<ProviderInputs> providers, boolean hasInputsFrom) {
    String name =
        strategy == null || strategy.name() == null || strategy.name().isEmpty()
            ? "Flatten"
            : strategy.name();
    List<Map<String, Object>> combined;
    switch (name) {
      case "Flatten" -> {
        combined = new ArrayList<>();
        for (ProviderInputs p : providers) {
          combined.addAll(withProvider(p));
        }
      }
      case "Permute" ->
          combined = permute(providers, Boolean.TRUE.equals(strategy.includeEmptyProviders()));
      default -> throw new InputException("unknown input strategy: '" + name + "'");
    }
    if (combined.isEmpty() && !hasInputsFrom) {
      return new InputResult(InputResult.Kind.NO_INPUTS, List.of());
    }
    return InputResult.of(combined);
  }

  /**
   * {@link #combine(InputStrategy, List, boolean)} with the strategy and inputsFrom of {@code
   * rset}.
   */
  public static InputResult combine(ResourceSet rset, List<ProviderInputs> providers) {
    return combine(rset.spec().inputStrategy(), providers, !rset.spec().inputsFrom().isEmpty());
  }

  /** The provider's sets, deep-copied, each with the {@code provider} key (spec §2.4). */
  static List<Map<String, Object>> withProvider(ProviderInputs p) {
    List<Map<String, Object>> out = new ArrayList<>(p.sets().size());
    for (Map<String, Object> set : p.sets()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> copy = (Map<String, Object>) deepCopy(set);
      Map<String, Object> provider = new LinkedHashMap<>();
      provider.put("apiVersion", ResourceSet.API_VERSION);
      provider.put("kind", p.kind());
      provider.put("name", p.name());
      provider.put("namespace", p.namespace());
      copy.put("provider", provider);
      out.add(copy);
    }
    return out;
  }

  /** A mutable deep copy of plain JSON-like values. */
  public static Object deepCopy(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put((String) k, deepCopy(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(deepCopy(x)));
      return out;
    }
    return v;
  }

  private static List<Map<String, Object>> permute(
      List<ProviderInputs> providers, boolean includeEmpty) {
    List<String> names = new ArrayList<>();
    List<List<Map<String, Object>>> kept = new ArrayList<>();
    long product = 0;
    for (ProviderInputs p : providers) {
      List<Map<String, Object>> sets = withProvider(p);
      if (!includeEmpty && sets.isEmpty()) {
        continue;
      }
      product = kept.isEmpty() ? sets.size() : product * sets.size();
      if (product > MAX_PERMUTATIONS) {
        throw new InputException(
            "failed to get inputs from "
                + p.kind()
                + "/"
                + p.name()
                + ": adding provider '"
                + p.name()
                + "' with "
                + sets.size()
                + " inputs would exceed the maximum allowed permutations. max: "
                + MAX_PERMUTATIONS
                + ", got: "
                + product);
      }
      String norm = ProviderNames.normalize(p.name());
      if (norm.isEmpty()) {
        throw new InputException(
            "failed to get inputs from "
                + p.kind()
                + "/"
                + p.name()
                + ": normalized provider name is empty: '"
                + p.name()
                + "'");
      }
      names.add(norm);
      kept.add(sets);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    if (kept.isEmpty() || kept.stream().anyMatch(List::isEmpty)) {
      return out;
    }
    int[] idx = new int[kept.size()];
    while (true) {
      Map<String, Object> perm = new LinkedHashMap<>();
      StringBuilder id = new StringBuilder();
      for (int k = 0; k < idx.length; k++) {
        // as in Flux, one provider set is the same map in every permutation that uses it
        perm.put(names.get(k), kept.get(k).get(idx[k]));
        if (k > 0) {
          id.append('/');
        }
        id.append(names.get(k)).append('=').append(idx[k]);
      }
      perm.put("id", InputIds.adler32(id.toString()));
      out.add(perm);
      int k = idx.length - 1;
      while (k >= 0) {
        if (++idx[k] < kept.get(k).size()) {
          break;
        }
        idx[k] = 0;
        k--;
      }
      if (k < 0) {
        return out;
      }
    }
  }
}
