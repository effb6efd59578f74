package io.rset.cli;

import java.util.ArrayList;
import java.util.List;

/** Formats a failing case as readable text: its id, what was wanted and what came out. */
final class FailureReport {
  /** Most lines of an unexpected output shown. */
  private static final int MAX_SHOWN_LINES = 40;

  /** Most diff lines shown. */
  private static final int MAX_DIFF_LINES = 200;

  private FailureReport() {}

  /** The report lines (no trailing newlines) for case c that produced outcome. */
  static List<String> lines(TemplateCase c, CaseOutcome outcome) {
    List<String> out = new ArrayList<>();
    out.add("FAIL " + c.id());
    if (c.want() != null && outcome.output() != null) {
      List<String> diff = LineDiff.unified(c.want(), outcome.output());
      if (diff.size() > MAX_DIFF_LINES) {
        int more = diff.size() - MAX_DIFF_LINES;
        diff = new ArrayList<>(diff.subList(0, MAX_DIFF_LINES));
        diff.add("... (" + more + " more diff lines)");
      }
      out.addAll(diff);
      return out;
    }
    if (c.want() != null) {
      out.add("  want output:");
      shown(c.want(), out);
    } else if (c.wantErrorPrefix() != null) {
      out.add("  want error starting with: " + c.wantErrorPrefix());
    } else {
      out.add("  want error: " + c.wantError());
    }
    if (outcome.output() != null) {
      out.add("  got output:");
      shown(outcome.output(), out);
    } else if (outcome.error() != null) {
      out.add("  got error:  " + outcome.error());
    } else {
      out.add("  got internal error: " + outcome.internalError());
    }
    return out;
  }

  /** Adds text as {@code | line} lines, marking a missing final newline. */
  private static void shown(String text, List<String> out) {
    List<String> lines = LineDiff.split(text);
    if (lines.isEmpty()) {
      out.add("    (empty)");
      return;
    }
    int n = Math.min(lines.size(), MAX_SHOWN_LINES);
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      boolean newline = line.endsWith("\n");
      out.add("    | " + (newline ? line.substring(0, line.length() - 1) : line));
      if (!newline) {
        out.add("    \\ No newline at end of file");
      }
    }
    if (lines.size() > n) {
      out.add("    ... (" + (lines.size() - n) + " more lines)");
    }
  }
}
