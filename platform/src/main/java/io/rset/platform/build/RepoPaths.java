package io.rset.platform.build;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves a Flux Kustomization's {@code spec.path} (relative to the root of its source) to a
 * directory of this checkout.
 *
 * <p>The rule: the path (a leading {@code ./} or {@code /} ignored) is tried against the git root
 * of the platform directory (the nearest ancestor holding {@code .git}) first, as Flux resolves it
 * against the root of the repository's artifact; then against the platform directory itself and
 * each of its ancestors up to the git root (or the file system root outside a repository), so that
 * a platform copied out of its repository still builds. The first candidate that is a directory
 * wins.
 */
final class RepoPaths {
  private final Path top;
  private final Path gitRoot;
  private final boolean relative;
  private final Path cwd;

  private RepoPaths(Path top, Path gitRoot, boolean relative) {
    this.top = top;
    this.gitRoot = gitRoot;
    this.relative = relative;
    this.cwd = Path.of("").toAbsolutePath();
  }

  static RepoPaths of(Path dir) {
    Path top = dir.toAbsolutePath().normalize();
    Path git = null;
    for (Path p = top; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        git = p;
        break;
      }
    }
    return new RepoPaths(top, git, !dir.isAbsolute());
  }

  /** The top-level platform directory, absolute. */
  Path top() {
    return top;
  }

  /** The git root, or null outside a repository. */
  Path gitRoot() {
    return gitRoot;
  }

  /** The directory {@code specPath} names, shown like the user's DIR; null when none exists. */
  Path resolve(String specPath) {
    String rel = relativePart(specPath);
    if (gitRoot != null && Files.isDirectory(gitRoot.resolve(rel))) {
      return display(gitRoot.resolve(rel).normalize());
    }
    for (Path p = top; p != null; p = p.getParent()) {
      Path candidate = p.resolve(rel).normalize();
      if (Files.isDirectory(candidate)) {
        return display(candidate);
      }
      if (p.equals(gitRoot)) {
        break;
      }
    }
    return null;
  }

  /** Where {@code specPath} was expected, for messages. */
  Path expected(String specPath) {
    Path base = gitRoot != null ? gitRoot : top;
    return display(base.resolve(relativePart(specPath)).normalize());
  }

  /** True when {@code dir} is the top-level platform directory. */
  boolean isTop(Path dir) {
    return dir.toAbsolutePath().normalize().equals(top);
  }

  private static String relativePart(String specPath) {
    String s = specPath == null ? "" : specPath.strip();
    while (s.startsWith("./") || s.startsWith("/")) {
      s = s.startsWith("./") ? s.substring(2) : s.substring(1);
    }
    return s.equals(".") ? "" : s;
  }

  /** Relative to the working directory when the user gave a relative DIR and it is below it. */
  private Path display(Path abs) {
    if (relative && abs.startsWith(cwd)) {
      Path r = cwd.relativize(abs);
      return r.toString().isEmpty() ? Path.of(".") : r;
    }
    return abs;
  }
}
