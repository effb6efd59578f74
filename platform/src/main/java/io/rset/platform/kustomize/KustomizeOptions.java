package io.rset.platform.kustomize;

/**
 * How a kustomize build treats recoverable problems.
 *
 * @param lenient when true, a generator entry whose file does not exist is recorded in {@link
 *     KustomizeResult#problems()} (and its key omitted) instead of failing the build
 */
public record KustomizeOptions(boolean lenient) {
  /** Every problem fails the build, as {@code kubectl kustomize} does. */
  public static KustomizeOptions strict() {
    return new KustomizeOptions(false);
  }

  /** Missing generator files are recorded as problems. */
  public static KustomizeOptions lenientOptions() {
    return new KustomizeOptions(true);
  }
}
