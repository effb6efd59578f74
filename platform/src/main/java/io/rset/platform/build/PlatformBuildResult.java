package io.rset.platform.build;

import io.rset.platform.kustomize.KustomizeResult;
import java.util.List;
import java.util.Map;

/**
 * Everything a platform build produced.
 *
 * @param objects every object as Flux would apply it, in build order: each kustomize object (after
 *     post-build substitution), each ResourceSet followed by the objects it expands to, then (with
 *     {@code recursive}) the objects of each followed Kustomization in discovery order
 * @param kustomizations the raw kustomize results, top-level directory first, then each followed
 *     Kustomization's directory in discovery order
 * @param problems what went wrong (only in lenient mode; otherwise the first one is thrown)
 * @param vars the top-level substitution variables ({@code --vars} files merged in order)
 */
public record PlatformBuildResult(
    List<PlatformObject> objects,
    List<KustomizeResult> kustomizations,
    List<BuildProblem> problems,
    Map<String, String> vars) {
  public PlatformBuildResult {
    objects = List.copyOf(objects);
    kustomizations = List.copyOf(kustomizations);
    problems = List.copyOf(problems);
    vars = Map.copyOf(vars);
  }

  /** The objects alone, in order. */
  public List<Map<String, Object>> plainObjects() {
    return objects.stream().map(PlatformObject::object).toList();
  }
}
