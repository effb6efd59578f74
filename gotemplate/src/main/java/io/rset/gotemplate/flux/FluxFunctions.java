package io.rset.gotemplate.flux;

import io.rset.gotemplate.func.GoFunction;
import java.util.List;
import java.util.Map;

/** The functions the Flux Operator adds to slim-sprig: slugify, toYaml, mustToYaml and inputs. */
public final class FluxFunctions {
  private FluxFunctions() {}

  /** slugify, toYaml, mustToYaml. */
  public static List<GoFunction> extras() {
    return List.of(); // TODO(flux)
  }

  /**
   * The zero-argument function {@code inputs} returning the given input map (a nil {@code
   * map[string]interface {}} when inputs is null).
   */
  public static GoFunction inputs(Map<String, Object> inputs) {
    throw new UnsupportedOperationException("TODO(flux)");
  }
}
