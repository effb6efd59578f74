package io.rset.platform.build;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link PlatformBuild#run} builds and how.
 *
 * @param dir the platform directory (holds a {@code kustomization.yaml})
 * @param varsFiles {@code --vars} env files for the top-level post-build substitution, in order
 *     (later files override earlier keys); {@code null} means "by convention": the {@code *.env}
 *     files directly in {@code dir}, sorted by name (see {@link VarsFiles#discover})
 * @param providerFiles {@code --inputs-from-provider} files: ResourceSetInputProvider manifests for
 *     the ResourceSets' {@code spec.inputsFrom} (providers that are objects of the build are used
 *     too); {@code null} or empty means "by convention": {@code dir/.static-provider.yaml} when it
 *     exists
 * @param strict an undefined {@code ${var}} (without a default) is an error, as with Flux's {@code
 *     StrictPostBuildSubstitutions}; otherwise it becomes the empty string
 * @param recursive also build the Flux Kustomizations whose {@code spec.path} is inside the
 *     repository, with their own {@code postBuild}
 * @param lenient collect every problem in {@link PlatformBuildResult#problems()} and go on as far
 *     as possible; when false the first problem is thrown as a {@link PlatformBuildException}
 */
public record PlatformBuildOptions(
    Path dir,
    List<Path> varsFiles,
    List<Path> providerFiles,
    boolean strict,
    boolean recursive,
    boolean lenient) {
  public PlatformBuildOptions {
    if (dir == null) {
      throw new IllegalArgumentException("dir must not be null");
    }
    varsFiles = varsFiles == null ? null : List.copyOf(varsFiles);
    providerFiles = providerFiles == null ? null : List.copyOf(providerFiles);
  }

  /** {@code dir} with the conventional vars and provider files, not strict, not recursive. */
  public static PlatformBuildOptions of(Path dir) {
    return new PlatformBuildOptions(dir, null, null, false, false, false);
  }
}
