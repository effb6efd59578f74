package io.rset.platform.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts as {@code diff -u} prints it, with {@code --- a/path} and {@code +++
 * b/path} headers ({@code /dev/null} for a created file) and three lines of context. Lines keep
 * their own line breaks (so CRLF shows as it is), and a last line without one is followed by {@code
 * \ No newline at end of file}. The output applies with {@code patch -p1} and {@code git apply}.
 */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff of {@code before} (null: the file is new) to {@code after}; empty when equal. */
  static String of(String path, String before, String after) {
    List<String> a = lines(before == null ? "" : before);
    List<String> b = lines(after);
    List<int[]> ops = Myers.diff(a, b);
    if (ops.stream().allMatch(o -> o[0] == Myers.EQUAL)) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(before == null ? "/dev/null" : "a/" + path).append('\n');
    out.append("+++ b/").append(path).append('\n');
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i)[0] == Myers.EQUAL) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      for (int j = i; j < ops.size(); j++) {
        if (ops.get(j)[0] != Myers.EQUAL) {
          end = j;
        } else if (j - end > 2 * CONTEXT) {
          break;
        }
      }
      int stop = Math.min(ops.size(), end + CONTEXT + 1);
      hunk(out, ops.subList(start, stop), a, b);
      i = stop;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b) {
    int aStart = -1;
    int bStart = -1;
    int aCount = 0;
    int bCount = 0;
    StringBuilder body = new StringBuilder();
    for (int[] op : ops) {
      String line;
      if (op[0] == Myers.EQUAL) {
        line = " " + a.get(op[1]);
        aCount++;
        bCount++;
      } else if (op[0] == Myers.DELETE) {
        line = "-" + a.get(op[1]);
        aCount++;
      } else {
        line = "+" + b.get(op[2]);
        bCount++;
      }
      if (aStart < 0) {
        aStart = op[1];
        bStart = op[2];
      }
      body.append(line);
      if (!line.endsWith("\n") && !line.endsWith("\r")) {
        body.append("\n\\ No newline at end of file\n");
      }
    }
    out.append("@@ -")
        .append(range(aStart, aCount))
        .append(" +")
        .append(range(bStart, bCount))
        .append(" @@\n")
        .append(body);
  }

  /** {@code start,count} 1-based; an empty range names the line before it, as diff does. */
  private static String range(int start, int count) {
    int first = count == 0 ? start : start + 1;
    return count == 1 ? String.valueOf(first) : first + "," + count;
  }

  /** The lines of a text, each with its own line break (the last may have none). */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }
}
