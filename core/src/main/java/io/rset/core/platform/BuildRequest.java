package io.rset.core.platform;

/**
 * What {@code rset build rset} was asked to build (spec §6.2).
 *
 * @param manifest the file holding one or more ResourceSets ({@code ---}-separated); each is built
 *     in order
 * @param inputsFrom {@code --inputs-from}: a YAML list of input sets decoded over {@code
 *     spec.inputs}; null when not given
 * @param providers {@code --inputs-from-provider}: ResourceSetInputProvider documents; null when
 *     not given
 * @param namespace {@code --namespace}: used for a ResourceSet without {@code metadata.namespace};
 *     may be empty
 */
public record BuildRequest(Source manifest, Source inputsFrom, Source providers, String namespace) {
  public BuildRequest {
    if (manifest == null) {
      throw new IllegalArgumentException("manifest must not be null");
    }
    namespace = namespace == null ? "" : namespace;
  }
}
