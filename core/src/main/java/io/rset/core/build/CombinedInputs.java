package io.rset.core.build;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The combined input sets a build renders with (spec §2.7).
 *
 * <p>{@link None}: templates are rendered exactly once with {@code inputs} bound to a nil map; JSON
 * resources rendered this way are neither deduplicated nor filtered by the exclusion annotation.
 * {@link Sets}: every template is rendered once per set, in list order. As in the Go builder, an
 * empty list behaves like {@link None}, so {@link #of} normalises it to {@code none()}. The
 * controller's rule "inputsFrom set and no inputs: apply an empty set without rendering" is the
 * caller's decision, not the builder's.
 */
public sealed interface CombinedInputs permits CombinedInputs.None, CombinedInputs.Sets {

  /** No input sets: render once with nil inputs. */
  record None() implements CombinedInputs {}

  /**
   * A non-empty list of input sets.
   *
   * @param sets never empty; {@code sets.get(i).index() == i}
   */
  record Sets(List<InputSet> sets) implements CombinedInputs {
    public Sets {
      sets = List.copyOf(sets);
      if (sets.isEmpty()) {
        throw new IllegalArgumentException("use CombinedInputs.none() for zero input sets");
      }
      for (int i = 0; i < sets.size(); i++) {
        if (sets.get(i).index() != i) {
          throw new IllegalArgumentException(
              "input set " + i + " has index " + sets.get(i).index());
        }
      }
    }
  }

  /** Render once with nil inputs. */
  static CombinedInputs none() {
    return new None();
  }

  /**
   * The given input maps in order; an empty list gives {@link #none()}. Each map is converted once
   * to the template value model ({@link io.rset.gotemplate.flux.FluxTemplates#toTemplateValue}: the
   * Kubernetes number rule) and that copy is shared by every template of the build, as in Go. A map
   * or list that several input sets share (a provider's set in every Permute combination using it)
   * stays one shared value after conversion, so a template's {@code set} on it is seen by later
   * combinations exactly as in Flux.
   */
  @SuppressWarnings("unchecked")
  static CombinedInputs of(List<Map<String, Object>> inputs) {
    if (inputs.isEmpty()) {
      return none();
    }
    IdentityHashMap<Object, Object> converted = new IdentityHashMap<>();
    List<InputSet> sets = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      sets.add(InputSet.of(i, (Map<String, Object>) convert(inputs.get(i), converted)));
    }
    return new Sets(sets);
  }

  private static Object convert(Object v, IdentityHashMap<Object, Object> converted) {
    if (!(v instanceof Map<?, ?>) && !(v instanceof List<?>)) {
      return io.rset.gotemplate.flux.FluxTemplates.toTemplateValue(v);
    }
    Object done = converted.get(v);
    if (done != null) {
      return done;
    }
    Object out;
    if (v instanceof List<?> list) {
      List<Object> l = new ArrayList<>(list.size());
      converted.put(v, l);
      for (Object item : list) {
        l.add(convert(item, converted));
      }
      out = l;
    } else {
      Map<String, Object> m = new LinkedHashMap<>();
      converted.put(v, m);
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException("map key is not a string: " + e.getKey());
        }
        m.put(key, convert(e.getValue(), converted));
      }
      out = m;
    }
    return out;
  }

  /** The input sets, empty for {@link None}. */
  default List<InputSet> list() {
    return this instanceof Sets s ? s.sets() : List.of();
  }
}
