package io.rset.platform.build;

import java.util.ArrayList;
import java.util.List;

/** Where the problems of one build go: collected (lenient) or thrown (the first one). */
final class Problems {
  private final boolean lenient;
  private final DisplayPaths display;
  private final List<BuildProblem> list = new ArrayList<>();

  Problems(boolean lenient, DisplayPaths display) {
    this.lenient = lenient;
    this.display = display;
  }

  boolean lenient() {
    return lenient;
  }

  /**
   * Records a problem, or throws it when the build is not lenient.
   *
   * @throws PlatformBuildException when not lenient
   */
  void report(BuildProblem p, Throwable cause) {
    if (!lenient) {
      throw new PlatformBuildException(display.problem(p), cause);
    }
    list.add(p);
  }

  List<BuildProblem> list() {
    return list;
  }
}
