package io.rset.platform.build;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Shows the paths of a build the way the user named the platform directory: when DIR was given
 * relative, files below the working directory are shown relative to it (the kustomize loader works
 * with real absolute paths).
 */
final class DisplayPaths {
  private final Path cwd;
  private final String prefix;

  private DisplayPaths(Path cwd) {
    this.cwd = cwd;
    this.prefix = cwd == null ? null : cwd.toString() + java.io.File.separator;
  }

  static DisplayPaths forDir(Path dir) {
    if (dir.isAbsolute()) {
      return new DisplayPaths(null);
    }
    Path cwd;
    try {
      cwd = Path.of("").toAbsolutePath().toRealPath();
    } catch (IOException e) {
      cwd = Path.of("").toAbsolutePath();
    }
    return new DisplayPaths(cwd);
  }

  Path path(Path p) {
    if (cwd == null || p == null || !p.isAbsolute() || !p.startsWith(cwd)) {
      return p;
    }
    Path r = cwd.relativize(p);
    return r.toString().isEmpty() ? Path.of(".") : r;
  }

  String text(String s) {
    return prefix == null || s == null ? s : s.replace(prefix, "");
  }

  Origin origin(Origin o) {
    Path f = path(o.file());
    return f == o.file()
        ? o
        : new Origin(
            f,
            o.line(),
            o.column(),
            o.resourceSet(),
            o.step(),
            o.inputIndex(),
            o.inputId(),
            o.inputName());
  }

  BuildProblem problem(BuildProblem p) {
    return new BuildProblem(
        p.code(),
        path(p.file()),
        p.line(),
        p.column(),
        text(p.message()),
        p.resourceSet(),
        p.inputIndex(),
        p.inputName());
  }
}
