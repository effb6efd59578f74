package io.rset.core.inputs;

import io.rset.core.build.CombinedInputs;
import io.rset.core.build.InputSet;
import java.util.List;
import java.util.Map;

/**
 * The inputs a ResourceSet renders with (spec §2.7).
 *
 * <ul>
 *   <li>{@link Kind#NO_INPUTS}: no input sets and no {@code spec.inputsFrom}: render every template
 *       exactly once with {@code inputs} bound to nil; {@link #sets()} is empty.
 *   <li>{@link Kind#INPUT_SETS}: render once per set, in order. An empty list means nothing is
 *       rendered (inputsFrom was set but yielded nothing).
 * </ul>
 *
 * <p>The sets are the builder's {@link InputSet}s (values in the template value model, ids printed
 * with Go's {@code %v}), so {@link #combined()} hands them to the builder unchanged.
 */
public record InputResult(Kind kind, List<InputSet> sets) {
  /** Which case of spec §2.7 applies. */
  public enum Kind {
    NO_INPUTS,
    INPUT_SETS
  }

  public InputResult {
    sets = List.copyOf(sets);
    if (kind == Kind.NO_INPUTS && !sets.isEmpty()) {
      throw new IllegalArgumentException("NO_INPUTS with input sets");
    }
  }

  static InputResult of(List<Map<String, Object>> values) {
    return new InputResult(Kind.INPUT_SETS, CombinedInputs.of(values).list());
  }

  /** True when templates render once with nil inputs. */
  public boolean rendersOnceWithoutInputs() {
    return kind == Kind.NO_INPUTS;
  }

  /** True when nothing is rendered: inputsFrom was set and yielded no input set. */
  public boolean rendersNothing() {
    return kind == Kind.INPUT_SETS && sets.isEmpty();
  }

  /**
   * The inputs for {@link io.rset.core.build.ResourceSetBuilder#build}.
   *
   * @throws IllegalStateException when {@link #rendersNothing()}: that case is the caller's (the
   *     controller applies an empty set without building)
   */
  public CombinedInputs combined() {
    if (rendersNothing()) {
      throw new IllegalStateException("no input sets to render with");
    }
    return sets.isEmpty() ? CombinedInputs.none() : new CombinedInputs.Sets(sets);
  }

  /** The input maps alone, in order. */
  public List<Map<String, Object>> values() {
    return sets.stream().map(InputSet::values).toList();
  }
}
