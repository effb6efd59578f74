package io.rset.platform.substitute;

import java.util.Map;

/**
 * The substitution a Flux Kustomization's {@code spec.postBuild} asks for, with its variables
 * resolved.
 *
 * @param vars the variables: {@code substituteFrom} sources in order, then {@code substitute}
 *     (later keys win), newlines removed from values as kustomize-controller does
 * @param always {@code substituteStrategy: Always}: substitute even without variables (so that
 *     {@code ${var:=default}} expressions are resolved)
 */
public record PostBuild(Map<String, String> vars, boolean always) {
  public PostBuild {
    vars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
  }

  /**
   * kustomize-controller substitutes only when there is at least one variable or the strategy is
   * {@code Always}.
   */
  public boolean runs() {
    return !vars.isEmpty() || always;
  }
}
