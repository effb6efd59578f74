package io.rset.platform.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of the source files of a build, read on demand (only when a problem must be located),
 * and text searches in them.
 */
final class SourceText {
  /** A place in a file: 1-based line and column. */
  record Place(Path file, int line, int column) {}

  private final Map<Path, List<String>> cache = new HashMap<>();

  /** The lines of {@code file}, empty when it cannot be read. */
  List<String> lines(Path file) {
    return cache.computeIfAbsent(
        file,
        f -> {
          try {
            return List.of(Files.readString(f, StandardCharsets.UTF_8).split("\r?\n", -1));
          } catch (IOException | RuntimeException e) {
            return List.of();
          }
        });
  }

  /**
   * The last line (exclusive, 1-based) of the YAML document that starts at {@code firstLine}: the
   * next line starting with {@code ---}, or the end of the file.
   */
  int documentEnd(Path file, int firstLine) {
    List<String> lines = lines(file);
    for (int n = Math.max(firstLine, 1) + 1; n <= lines.size(); n++) {
      if (lines.get(n - 1).startsWith("---")) {
        return n;
      }
    }
    return lines.size() + 1;
  }

  /**
   * The first occurrence of {@code needle} in lines {@code [from, to)} of {@code file} for which
   * {@code after} accepts the character following it (-1 at the end of the line), or null.
   */
  Place find(Path file, int from, int to, String needle, java.util.function.IntPredicate after) {
    List<String> lines = lines(file);
    for (int n = Math.max(from, 1); n < to && n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      int i = line.indexOf(needle);
      while (i >= 0) {
        int end = i + needle.length();
        if (after.test(end < line.length() ? line.charAt(end) : -1)) {
          return new Place(file, n, i + 1);
        }
        i = line.indexOf(needle, i + 1);
      }
    }
    return null;
  }

  /** {@link #find} accepting any following character. */
  Place find(Path file, int from, int to, String needle) {
    return find(file, from, to, needle, c -> true);
  }

  /** A variable reference {@code ${name...}} (the name not followed by another name character). */
  Place findVariable(Path file, int from, int to, String name) {
    return find(
        file, from, to, "${" + name, c -> c < 0 || !(Character.isLetterOrDigit(c) || c == '_'));
  }

  /**
   * The text of the serialised object at a substitution error, searched in the sources: the whole
   * fragment, then shorter prefixes down to {@code ${name}}.
   */
  Place findFragment(Path file, int from, int to, String fragment) {
    if (fragment == null || fragment.isEmpty()) {
      return null;
    }
    String f = fragment.length() > 80 ? fragment.substring(0, 80) : fragment;
    Place p = find(file, from, to, f.strip());
    if (p != null) {
      return p;
    }
    int close = f.indexOf('}');
    if (close > 0) {
      p = find(file, from, to, f.substring(0, close + 1));
      if (p != null) {
        return p;
      }
    }
    int end = 2;
    while (end < f.length() && (Character.isLetterOrDigit(f.charAt(end)) || f.charAt(end) == '_')) {
      end++;
    }
    return find(file, from, to, f.substring(0, end));
  }
}
