package io.rset.platform.kustomize;

import java.util.List;

/**
 * The outcome of a kustomize build.
 *
 * @param resources the objects in {@code kubectl kustomize}'s output order
 * @param generatorEntries one entry per data key a ConfigMap/Secret generator produced (or would
 *     have produced, in lenient mode with a missing file)
 * @param problems recorded problems (lenient mode only); empty in strict mode
 */
public record KustomizeResult(
    List<KResource> resources,
    List<GeneratorEntry> generatorEntries,
    List<KustomizeProblem> problems) {
  public KustomizeResult {
    resources = List.copyOf(resources);
    generatorEntries = List.copyOf(generatorEntries);
    problems = List.copyOf(problems);
  }
}
