package io.rset.platform.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The substitution variables of one cluster.
 *
 * @param files the env files merged (in order)
 * @param cluster the cluster's own file (the last of {@code files}), or null for the common set
 * @param vars the merged variables
 */
record VarsSet(List<Path> files, Path cluster, Map<String, String> vars) {
  /** The files as {@code show} prints them, comma-separated, or {@code no vars files}. */
  String label(java.util.function.Function<Path, String> show) {
    if (files.isEmpty()) {
      return "no vars files";
    }
    StringBuilder b = new StringBuilder();
    for (Path f : files) {
      b.append(b.isEmpty() ? "" : ", ").append(show.apply(f));
    }
    return b.toString();
  }
}
