package io.rset.platform.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The substitution variables of one cluster.
 *
 * @param files the env files merged (in order)
 * @param vars the merged variables
 */
record VarsSet(List<Path> files, Map<String, String> vars) {
  /** The files, comma-separated, or {@code no vars files}. */
  String label() {
    if (files.isEmpty()) {
      return "no vars files";
    }
    StringBuilder b = new StringBuilder();
    for (Path f : files) {
      b.append(b.isEmpty() ? "" : ", ").append(f);
    }
    return b.toString();
  }
}
