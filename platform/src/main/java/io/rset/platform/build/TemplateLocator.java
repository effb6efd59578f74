package io.rset.platform.build;

import io.rset.core.build.BuildException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the source line of a ResourceSet template error: for {@code resourcesTemplate} the line of
 * the literal block that holds the failing template line; otherwise the first line of the
 * ResourceSet document holding the failing {@code << action >>}.
 */
final class TemplateLocator {
  private final SourceText sources;

  TemplateLocator(SourceText sources) {
    this.sources = sources;
  }

  /** The place of the error in the ResourceSet's file, or null when it cannot be found. */
  SourceText.Place locate(Origin origin, BuildException e) {
    if (origin.file() == null || origin.line() <= 0 || e.line() <= 0 || e.sourceLine() == null) {
      return null;
    }
    Path file = origin.file();
    int from = origin.line();
    int to = sources.documentEnd(file, from);
    if (e.part() == BuildException.Part.TEMPLATE) {
      SourceText.Place p = inBlock(file, from, to, e);
      if (p != null) {
        return p;
      }
    }
    String action = action(e.sourceLine(), charColumn(e.sourceLine(), e.column()));
    if (action == null) {
      return null;
    }
    return sources.find(file, from, to, action);
  }

  /** The {@code resourcesTemplate: |} block (of the step, if any) and the template line in it. */
  private SourceText.Place inBlock(Path file, int from, int to, BuildException e) {
    int start = from;
    if (e.step() != null) {
      SourceText.Place step =
          sources.find(file, from, to, "name: " + e.step(), c -> c < 0 || c == ' ' || c == '#');
      if (step == null) {
        return null;
      }
      start = step.line();
    }
    SourceText.Place key = sources.find(file, start, to, "resourcesTemplate:");
    if (key == null) {
      return null;
    }
    List<String> lines = sources.lines(file);
    String keyLine = lines.get(key.line() - 1);
    String indicator = keyLine.substring(key.column() - 1 + "resourcesTemplate:".length()).strip();
    if (!indicator.startsWith("|")) {
      return null;
    }
    int n = key.line() + e.line();
    if (n > lines.size() || n >= to) {
      return null;
    }
    String line = lines.get(n - 1);
    String want = e.sourceLine();
    if (!line.endsWith(want) || !line.substring(0, line.length() - want.length()).isBlank()) {
      return null;
    }
    int indent = line.length() - want.length();
    return new SourceText.Place(file, n, indent + charColumn(want, e.column()) + 1);
  }

  /** Go's byte column within {@code line} as a character index (clamped to the line). */
  static int charColumn(String line, int byteColumn) {
    if (byteColumn <= 0) {
      return 0;
    }
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    int n = Math.min(byteColumn, b.length);
    return new String(b, 0, n, StandardCharsets.UTF_8).length();
  }

  /** The {@code << ... >>} action around character {@code col} of {@code line}, or null. */
  static String action(String line, int col) {
    int open = line.lastIndexOf("<<", Math.min(col + 1, line.length()));
    if (open < 0) {
      open = line.indexOf("<<");
    }
    if (open < 0) {
      return null;
    }
    int close = line.indexOf(">>", open);
    return close < 0 ? line.substring(open) : line.substring(open, close + 2);
  }
}
