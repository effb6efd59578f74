package io.rset.platform.build;

import io.rset.platform.substitute.PostBuild;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The substitution of one build unit (the top-level directory, or a followed Kustomization's path).
 *
 * @param postBuild the variables, or null when the unit is applied without {@code postBuild}
 * @param vars the variables still in use (invalid names are removed once reported); mutable
 * @param sources where each variable was defined, for locating problems about it
 * @param fallback where to report problems about variables without a known source
 */
record UnitVars(
    PostBuild postBuild, Map<String, String> vars, Map<String, Origin> sources, Origin fallback) {

  static UnitVars of(PostBuild postBuild, Map<String, Origin> sources, Origin fallback) {
    return new UnitVars(
        postBuild,
        postBuild == null ? new LinkedHashMap<>() : new LinkedHashMap<>(postBuild.vars()),
        sources,
        fallback);
  }

  /** True when kustomize-controller would substitute the unit's objects. */
  boolean runs() {
    return postBuild != null && (!vars.isEmpty() || postBuild.always());
  }

  /** Where variable {@code name} comes from. */
  Origin origin(String name) {
    Origin o = sources.get(name);
    return o != null ? o : fallback;
  }
}
