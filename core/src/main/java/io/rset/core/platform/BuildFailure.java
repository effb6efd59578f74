package io.rset.core.platform;

/**
 * A failed offline build. {@link #getMessage()} is exactly what {@code flux-operator build rset}
 * prints after {@code ✗ } (spec §6.2, §3.10), so it can be compared with Go's; {@link #location()}
 * is what rset adds: the file, line and column and, for template errors, the step, resource or
 * template, input set and template line.
 */
public final class BuildFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String location;
  private final String excerpt;

  /**
   * @param message the Flux CLI's text
   * @param location where, or null when nothing more than the message is known
   */
  public BuildFailure(String message, String location) {
    this(message, location, null, null);
  }

  /**
   * @param excerpt the offending source line, or null
   * @param cause the underlying exception, or null
   */
  public BuildFailure(String message, String location, String excerpt, Throwable cause) {
    super(message, cause);
    this.location = location == null || location.isEmpty() ? null : location;
    this.excerpt = excerpt;
  }

  /**
   * Where the problem is ({@code rset.yaml:12:5}, {@code rset.yaml: step "deploy", …}), or null.
   */
  public String location() {
    return location;
  }

  /** The offending source line, or null. */
  public String excerpt() {
    return excerpt;
  }

  /**
   * The message, then {@code at <location>} and {@code | <offending line>} on their own lines when
   * known; the first line stays exactly the Flux CLI's text.
   */
  public String describe() {
    StringBuilder b = new StringBuilder(getMessage());
    if (location != null) {
      b.append("\n  at ").append(location);
    }
    if (excerpt != null) {
      b.append("\n  | ").append(excerpt);
    }
    return b.toString();
  }
}
