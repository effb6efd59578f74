package io.rset.core.inputs;

import io.rset.core.model.InputProviderReference;
import io.rset.core.model.ResourceSet;
import io.rset.core.model.ResourceSetInputProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Selects the input providers a ResourceSet refers to and lists every provider's input sets in
 * combination order (spec §2.2): the ResourceSet first, then the referenced providers sorted by
 * namespace and name.
 */
public final class InputCollector {
  /** What the id of a Static provider's single input set hashes. */
  public enum StaticId {
    /** {@code metadata.name}: the CLI ({@code build rset}) and offline builds. */
    NAME,
    /** {@code metadata.uid}: the operator. */
    UID
  }

  private InputCollector() {}

  /**
   * The candidates {@code spec.inputsFrom} refers to, by name or by label selector, in the
   * ResourceSet's namespace (a candidate without namespace counts as being in it; candidates of
   * other namespaces are never selected). A name that matches no candidate is skipped, as the CLI
   * does; a selector matching nothing is fine. Sorted by namespace, then name; each provider once.
   *
   * @throws InputException {@code failed to parse selector: <err>} or {@code input provider
   *     reference must have either name or selector set}
   */
  public static List<ResourceSetInputProvider> select(
      ResourceSet rset, List<ResourceSetInputProvider> candidates) {
    String ns = namespace(rset.metadata().namespace());
    Map<String, ResourceSetInputProvider> byName = new LinkedHashMap<>();
    for (ResourceSetInputProvider p : candidates) {
      String pns = namespace(p.metadata().namespace());
      if ((pns.isEmpty() || pns.equals(ns)) && p.metadata().name() != null) {
        byName.put(p.metadata().name(), p);
      }
    }
    Map<String, ResourceSetInputProvider> selected = new LinkedHashMap<>();
    for (InputProviderReference ref : rset.spec().inputsFrom()) {
      if (ref.name() != null && !ref.name().isEmpty()) {
        ResourceSetInputProvider p = byName.get(ref.name());
        if (p != null) {
          selected.putIfAbsent(ref.name(), p);
        }
      } else if (ref.selector() != null) {
        Predicate<Map<String, String>> matcher;
        try {
          matcher = LabelSelectors.compile(ref.selector());
        } catch (InputException e) {
          throw e.wrap("failed to parse selector");
        }
        for (ResourceSetInputProvider p : byName.values()) {
          if (matcher.test(p.metadata().labels())) {
            selected.putIfAbsent(p.metadata().name(), p);
          }
        }
      } else {
        throw new InputException("input provider reference must have either name or selector set");
      }
    }
    List<ResourceSetInputProvider> out = new ArrayList<>(selected.values());
    out.sort(
        Comparator.comparing(
                (ResourceSetInputProvider p) ->
                    namespace(p.metadata().namespace()).isEmpty() ? ns : p.metadata().namespace())
            .thenComparing(p -> p.metadata().name()));
    return out;
  }

  /**
   * The providers in combination order with their input sets: the ResourceSet ({@code spec.inputs})
   * first, then {@code providers} in the given order (use {@link #select}).
   *
   * @throws InputException {@code unsupported provider type '<type>', only 'Static' is supported}
   *     for a non-Static provider without {@code status.exportedInputs} in {@link StaticId#NAME}
   *     mode
   */
  public static List<ProviderInputs> collect(
      ResourceSet rset, List<ResourceSetInputProvider> providers, StaticId staticId) {
    String ns = namespace(rset.metadata().namespace());
    List<ProviderInputs> out = new ArrayList<>();
    out.add(
        new ProviderInputs(
            ResourceSet.KIND, nullToEmpty(rset.metadata().name()), ns, rset.spec().inputs()));
    for (ResourceSetInputProvider p : providers) {
      out.add(
          new ProviderInputs(
              ResourceSetInputProvider.KIND,
              nullToEmpty(p.metadata().name()),
              p.metadata().namespace() == null || p.metadata().namespace().isEmpty()
                  ? ns
                  : p.metadata().namespace(),
              exportedInputs(p, staticId)));
    }
    return out;
  }

  /**
   * A provider's input sets: for {@code Static}, one set = {@code defaultValues} plus {@code id} =
   * Adler-32 of the name or uid (the id wins over a default {@code id}); for other types {@code
   * status.exportedInputs} (empty when absent in {@link StaticId#UID} mode).
   */
  public static List<Map<String, Object>> exportedInputs(
      ResourceSetInputProvider p, StaticId staticId) {
    if ("Static".equals(p.spec().type())) {
      @SuppressWarnings("unchecked")
      Map<String, Object> set =
          (Map<String, Object>) InputCombiner.deepCopy(p.spec().defaultValues());
      String key = staticId == StaticId.NAME ? p.metadata().name() : p.metadata().uid();
      set.put("id", InputIds.adler32(nullToEmpty(key)));
      return List.of(set);
    }
    if (p.exportedInputs() != null) {
      return p.exportedInputs();
    }
    if (staticId == StaticId.NAME) {
      throw new InputException(
          "unsupported provider type '" + p.spec().type() + "', only 'Static' is supported");
    }
    return List.of();
  }

  /**
   * Everything of spec §2: select, collect and combine.
   *
   * @param candidates the providers available (for the operator, those in the ResourceSet's
   *     namespace; for the CLI, those of {@code --inputs-from-provider})
   */
  public static InputResult inputs(
      ResourceSet rset, List<ResourceSetInputProvider> candidates, StaticId staticId) {
    List<ResourceSetInputProvider> selected = select(rset, candidates);
    return InputCombiner.combine(rset, collect(rset, selected, staticId));
  }

  static String namespace(String ns) {
    return ns == null ? "" : ns;
  }

  private static String nullToEmpty(String s) {
    return Objects.requireNonNullElse(s, "");
  }
}
