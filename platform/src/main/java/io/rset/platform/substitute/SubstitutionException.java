package io.rset.platform.substitute;

/**
 * Post-build substitution of one object failed. {@link #getMessage()} is kustomize-controller's
 * text ({@code post build failed for 'HelmRelease.v2.helm.toolkit.fluxcd.io/podinfo': envsubst
 * error: variable substitution failed: variable not set (strict mode): "podinfo_version"}); the
 * other fields help locating the problem in the sources.
 */
public final class SubstitutionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String variable;
  private final String fragment;

  SubstitutionException(String message, String variable, String fragment, Throwable cause) {
    super(message, cause);
    this.variable = variable;
    this.fragment = fragment;
  }

  /** The undefined or invalid variable, or null for a syntax or YAML error. */
  public String variable() {
    return variable;
  }

  /**
   * The text of the serialised object from the offending {@code ${} to the end of its line, for
   * searching the sources; null when unknown.
   */
  public String fragment() {
    return fragment;
  }
}
