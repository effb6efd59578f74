package io.rset.platform.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's text cut into lines the way YAML counts them: {@code \r\n}, {@code \n} and a lone {@code
 * \r} each end a line (U+0085, U+2028 and U+2029 do not, as in YAML 1.2). Knows the file's newline
 * style and whether its last line is terminated, so that inserted lines can be written without
 * changing either.
 *
 * <p>Immutable. Line numbers are 0-based here (as in snakeyaml-engine marks); {@link #where} turns
 * them into the 1-based {@code file:line:col} users see.
 */
final class TextDoc {
  private final String name;
  private final String text;
  private final int[] starts;
  private final int[] contentEnds;
  private final String newline;

  /**
   * @param name the file name used in messages (relative to the platform directory)
   * @param text the whole file
   */
  TextDoc(String name, String text) {
    this.name = name;
    this.text = text;
    List<int[]> lines = new ArrayList<>();
    int crlf = 0;
    int lf = 0;
    int cr = 0;
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        int end = i;
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          crlf++;
          i += 2;
        } else {
          if (c == '\n') {
            lf++;
          } else {
            cr++;
          }
          i++;
        }
        lines.add(new int[] {start, end});
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(new int[] {start, text.length()});
    }
    starts = new int[lines.size()];
    contentEnds = new int[lines.size()];
    for (int k = 0; k < lines.size(); k++) {
      starts[k] = lines.get(k)[0];
      contentEnds[k] = lines.get(k)[1];
    }
    if (crlf >= lf && crlf >= cr && crlf > 0) {
      newline = "\r\n";
    } else if (cr > lf) {
      newline = "\r";
    } else {
      newline = "\n";
    }
  }

  String name() {
    return name;
  }

  String text() {
    return text;
  }

  /** The line break new lines are written with: the file's most common one, {@code \n} if none. */
  String newline() {
    return newline;
  }

  int lineCount() {
    return starts.length;
  }

  /** True when the text is empty or its last line has a line break. */
  boolean endsWithNewline() {
    return starts.length == 0 || contentEnds[starts.length - 1] < text.length();
  }

  /** Line {@code i} without its line break. */
  String line(int i) {
    return text.substring(starts[i], contentEnds[i]);
  }

  /** Offset of the first character of line {@code i}; the text length for {@code lineCount()}. */
  int lineStart(int i) {
    return i < starts.length ? starts[i] : text.length();
  }

  /** Offset just after the content of line {@code i} (before its line break). */
  int contentEnd(int i) {
    return contentEnds[i];
  }

  /** True for an empty or whitespace-only line (and for lines past the end). */
  boolean isBlank(int i) {
    if (i >= starts.length) {
      return true;
    }
    return line(i).isBlank();
  }

  /** True when the first non-blank character of line {@code i} is {@code #}. */
  boolean isComment(int i) {
    if (i >= starts.length) {
      return false;
    }
    String l = line(i);
    int k = indent(l);
    return k < l.length() && l.charAt(k) == '#';
  }

  /** Number of leading spaces of line {@code i}. */
  int indent(int i) {
    return indent(line(i));
  }

  static int indent(String line) {
    int k = 0;
    while (k < line.length() && line.charAt(k) == ' ') {
      k++;
    }
    return k;
  }

  /**
   * The character offset of a position given as a 0-based line and a column counted in code points
   * (snakeyaml-engine's marks). A line past the end maps to the end of the text.
   */
  int offset(int line, int column) {
    if (line >= starts.length) {
      return text.length();
    }
    int s = starts[line];
    int limit = contentEnds[line];
    int off = s;
    for (int c = 0; c < column && off < limit; c++) {
      off += Character.charCount(text.codePointAt(off));
    }
    if (off >= limit && column > text.codePointCount(s, limit)) {
      // A column past the content (a mark on the line break itself) ends the line.
      return Math.min(text.length(), limit + (column - text.codePointCount(s, limit)));
    }
    return off;
  }

  /** The 0-based line holding character offset {@code off}. */
  int lineOf(int off) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= off) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return Math.max(lo, 0);
  }

  /** {@code name:line:col}, 1-based, for messages. */
  String where(int line, int column) {
    return name + ":" + (line + 1) + ":" + (column + 1);
  }

  /**
   * The text to insert before line {@code at} (0 ≤ at ≤ lineCount) so that {@code lines} become
   * whole lines of the file, written with the file's newline. Inserting after an unterminated last
   * line puts the break before the new lines, so the file still ends without one.
   */
  Splice insertLines(int at, List<String> lines) {
    StringBuilder b = new StringBuilder();
    if (at >= starts.length && !endsWithNewline()) {
      for (String l : lines) {
        b.append(newline).append(l);
      }
      return new Splice(text.length(), text.length(), b.toString());
    }
    for (String l : lines) {
      b.append(l).append(newline);
    }
    int off = lineStart(at);
    return new Splice(off, off, b.toString());
  }
}
