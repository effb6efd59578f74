package io.rset.core.platform;

import io.rset.core.model.ResourceSet;
import io.rset.core.model.ResourceSetInputProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines a ResourceSet's inline inputs with its providers' exported inputs (spec §2.2–§2.6):
 * providers ordered [ResourceSet, input providers by namespace and name], the {@code provider} key
 * added to every set, then Flatten or Permute.
 *
 * <p>Adapter over the inputs combiner of package {@code io.rset.core.inputs}; kept here, small, so
 * the offline build has one place that calls it.
 */
final class Combination {
  static final int MAX_PERMUTATIONS = 10000;

  private Combination() {}

  /**
   * @throws IllegalArgumentException with Go's message ({@code failed to get inputs from …})
   */
  static List<Map<String, Object>> combine(
      ResourceSet rset, List<ResourceSetInputProvider> providers) {
    record Provider(String kind, String name, String namespace, List<Map<String, Object>> sets) {}
    List<Provider> all = new ArrayList<>();
    all.add(
        new Provider(
            ResourceSet.KIND,
            rset.metadata().name(),
            rset.metadata().namespace(),
            rset.spec().inputs()));
    providers.stream()
        .sorted(
            Comparator.comparing((ResourceSetInputProvider p) -> p.metadata().namespace())
                .thenComparing(p -> p.metadata().name()))
        .forEach(
            p ->
                all.add(
                    new Provider(
                        ResourceSetInputProvider.KIND,
                        p.metadata().name(),
                        p.metadata().namespace(),
                        p.exportedInputs() == null ? List.of() : p.exportedInputs())));
    boolean permute =
        rset.spec().inputStrategy() != null && rset.spec().inputStrategy().isPermute();
    String strategy =
        rset.spec().inputStrategy() == null ? null : rset.spec().inputStrategy().name();
    if (strategy != null && !strategy.isEmpty() && !permute && !strategy.equals("Flatten")) {
      throw new IllegalArgumentException("unknown input strategy: '" + strategy + "'");
    }
    boolean includeEmpty =
        permute && Boolean.TRUE.equals(rset.spec().inputStrategy().includeEmptyProviders());
    List<Map<String, Object>> flat = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<List<Map<String, Object>>> scoped = new ArrayList<>();
    long expected = 0;
    for (Provider p : all) {
      List<Map<String, Object>> sets = new ArrayList<>(p.sets().size());
      for (Map<String, Object> s : p.sets()) {
        Map<String, Object> copy = new LinkedHashMap<>(s);
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("apiVersion", ResourceSet.API_VERSION);
        provider.put("kind", p.kind());
        provider.put("name", p.name());
        provider.put("namespace", p.namespace());
        copy.put("provider", provider);
        sets.add(copy);
      }
      if (!permute) {
        flat.addAll(sets);
        continue;
      }
      if (!includeEmpty && sets.isEmpty()) {
        continue;
      }
      expected = scoped.isEmpty() ? sets.size() : expected * sets.size();
      String prefix = "failed to get inputs from " + p.kind() + "/" + p.name() + ": ";
      if (expected > MAX_PERMUTATIONS) {
        throw new IllegalArgumentException(
            prefix
                + "adding provider '"
                + p.name()
                + "' with "
                + sets.size()
                + " inputs would exceed the maximum allowed permutations. max: "
                + MAX_PERMUTATIONS
                + ", got: "
                + expected);
      }
      String norm = normalize(p.name());
      if (norm.isEmpty()) {
        throw new IllegalArgumentException(
            prefix + "normalized provider name is empty: '" + p.name() + "'");
      }
      names.add(norm);
      scoped.add(sets);
    }
    if (!permute) {
      return flat;
    }
    List<Map<String, Object>> out = new ArrayList<>();
    if (scoped.isEmpty() || scoped.stream().anyMatch(List::isEmpty)) {
      return out;
    }
    int[] idx = new int[scoped.size()];
    while (true) {
      Map<String, Object> perm = new LinkedHashMap<>();
      StringBuilder key = new StringBuilder();
      for (int k = 0; k < idx.length; k++) {
        perm.put(names.get(k), scoped.get(k).get(idx[k]));
        key.append(k == 0 ? "" : "/").append(names.get(k)).append('=').append(idx[k]);
      }
      perm.put("id", Adler32.id(key.toString()));
      out.add(perm);
      int k = idx.length - 1;
      while (k >= 0) {
        if (++idx[k] < scoped.get(k).size()) {
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

  /** Spec §2.5.1. */
  static String normalize(String name) {
    StringBuilder b = new StringBuilder();
    name.codePoints()
        .forEach(
            cp -> {
              int r = Character.toLowerCase(cp);
              if (Character.isWhitespace(r) || Character.isSpaceChar(r) || isPunct(r)) {
                b.append('_');
              } else if ((r >= 'a' && r <= 'z') || (r >= '0' && r <= '9')) {
                b.appendCodePoint(r);
              }
            });
    StringBuilder out = new StringBuilder();
    for (String w : b.toString().split("_")) {
      if (!w.isEmpty()) {
        out.append(out.isEmpty() ? "" : "_").append(w);
      }
    }
    return out.toString();
  }

  private static boolean isPunct(int cp) {
    int t = Character.getType(cp);
    return t == Character.CONNECTOR_PUNCTUATION
        || t == Character.DASH_PUNCTUATION
        || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.OTHER_PUNCTUATION;
  }
}
