package io.rset.platform.validate;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link PlatformValidator#validate} checks and how.
 *
 * @param dir the platform directory
 * @param varsSets the clusters' variable sets: each is a list of env files merged in order (one
 *     {@code --vars} option); a {@code ${var}} must be defined in every set. Empty means one set:
 *     the conventional {@code *.env} files of {@code dir}
 * @param providerFiles ResourceSetInputProvider manifests for the ResourceSets' {@code inputsFrom}
 * @param strict every warning counts as an error
 */
public record ValidateOptions(
    Path dir, List<List<Path>> varsSets, List<Path> providerFiles, boolean strict) {
  public ValidateOptions {
    varsSets = varsSets == null ? List.of() : varsSets.stream().map(List::copyOf).toList();
    providerFiles = providerFiles == null ? List.of() : List.copyOf(providerFiles);
  }

  /** {@code dir} with the conventional vars files, no providers, not strict. */
  public static ValidateOptions of(Path dir) {
    return new ValidateOptions(dir, List.of(), List.of(), false);
  }
}
