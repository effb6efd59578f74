package io.rset.platform.build;

/**
 * {@code rset platform build}: renders a platform directory as Flux would apply it, offline.
 *
 * <ol>
 *   <li>kustomize build of the directory;
 *   <li>Flux post-build substitution of every object with the variables of the Kustomization that
 *       applies it (top level: the {@code --vars} files);
 *   <li>every (substituted) ResourceSet expanded with core's builder, as the Flux Operator does on
 *       the cluster; the ResourceSet itself stays in the output;
 *   <li>with {@code recursive}: the same for every Flux Kustomization whose {@code spec.path} is in
 *       the repository, with that Kustomization's {@code postBuild}.
 * </ol>
 */
public final class PlatformBuild {
  private PlatformBuild() {}

  /**
   * Builds the platform.
   *
   * @throws PlatformBuildException for the first problem, unless {@code options.lenient()}
   */
  public static PlatformBuildResult run(PlatformBuildOptions options) {
    return new BuildRun(options).run();
  }
}
