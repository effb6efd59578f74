package io.rset.platform.build;

import java.nio.file.Path;

/**
 * Something that went wrong in a platform build.
 *
 * @param code what kind of problem, one of the constants of this record
 * @param file where, or null when no file is known
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what went wrong; for substitution and template errors the first line is Flux's own
 *     text
 * @param resourceSet {@code namespace/name} of the ResourceSet involved, or null
 * @param inputIndex the input set (0-based) of a template error, or null
 * @param inputName that input set's {@code name} key, or null
 */
public record BuildProblem(
    String code,
    Path file,
    int line,
    int column,
    String message,
    String resourceSet,
    Integer inputIndex,
    String inputName) {
  /** The kustomize build of a directory failed or recorded a problem. */
  public static final String KUSTOMIZE = "kustomize";

  /** A ResourceSet could not be read, its inputs computed or its templates rendered. */
  public static final String RESOURCESET = "resourceset";

  /** Post-build substitution failed (undefined variable in strict mode, bad syntax, bad name). */
  public static final String SUBSTITUTION = "substitution";

  /** A {@code --vars} file or a {@code postBuild.substituteFrom} source could not be read. */
  public static final String VARS = "vars";

  /** A followed Flux Kustomization's {@code spec.path} does not exist or cannot be built. */
  public static final String KUSTOMIZATION_PATH = "kustomization-path";

  /**
   * A followed Kustomization's spec does not pass the Kustomization CRD's schema: an unknown field
   * (which the API server drops), a wrong type, a missing required field (e.g. an image without
   * {@code name}); bad {@code patches} and {@code images} entries are left out of its build.
   */
  public static final String KUSTOMIZATION_SPEC = "kustomization-spec";

  /**
   * A followed Kustomization uses a field rset does not apply ({@code components}, {@code
   * decryption}).
   */
  public static final String UNSUPPORTED = "unsupported";

  /** {@code file:line:col: message} (or the parts that are known). */
  public String describe() {
    if (file == null) {
      return message;
    }
    if (line <= 0) {
      return file + ": " + message;
    }
    return file + ":" + line + ":" + column + ": " + message;
  }
}
