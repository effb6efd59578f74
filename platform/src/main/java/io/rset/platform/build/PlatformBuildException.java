package io.rset.platform.build;

/** The first problem of a non-lenient platform build. */
public final class PlatformBuildException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient BuildProblem problem;

  public PlatformBuildException(BuildProblem problem, Throwable cause) {
    super(problem.message(), cause);
    this.problem = problem;
  }

  /** The problem, with its code and location. */
  public BuildProblem problem() {
    return problem;
  }

  /** {@code file:line:col: message}. */
  public String describe() {
    return problem.describe();
  }
}
