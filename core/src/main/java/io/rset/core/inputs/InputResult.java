package io.rset.core.inputs;

import java.util.ArrayList;
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
    List<InputSet> sets = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      sets.add(new InputSet(i, values.get(i)));
    }
    return new InputResult(Kind.INPUT_SETS, sets);
  }

  /** True when templates render once with nil inputs. */
  public boolean rendersOnceWithoutInputs() {
    return kind == Kind.NO_INPUTS;
  }

  /** The input maps alone, in order. */
  public List<Map<String, Object>> values() {
    return sets.stream().map(InputSet::values).toList();
  }
}
