package io.rset.platform.kustomize;

import java.nio.file.Path;

/**
 * Builds a kustomization directory like {@code kubectl kustomize DIR} for the supported subset.
 * Thread-safe: instances hold only their options.
 */
public final class Kustomizer {
  private final KustomizeOptions options;

  public Kustomizer(KustomizeOptions options) {
    this.options = options;
  }

  /**
   * Builds the kustomization in {@code dir}.
   *
   * @throws KustomizeException on any error, naming the file, line and column where known
   */
  public KustomizeResult build(Path dir) {
    throw new KustomizeException("kustomize build not implemented yet", dir);
  }
}
