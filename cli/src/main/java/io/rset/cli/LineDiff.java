package io.rset.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified-style line diff ({@code @@ -a,b +c,d @@} hunks with three lines of context) between an
 * expected and an actual text. A line that lacks a final newline is followed by {@code \ No newline
 * at end of file}, so differences in trailing newlines show.
 */
final class LineDiff {
  private static final int CONTEXT = 3;

  /** Above this many cells the middle part is shown as replaced instead of diffed line by line. */
  private static final long MAX_TABLE = 4_000_000L;

  private enum Op {
    EQUAL,
    DELETE,
    INSERT
  }

  /** One edit: op, and the line index in the old (a) and new (b) text it refers to. */
  private record Edit(Op op, int a, int b) {}

  private LineDiff() {}

  /**
   * The diff lines (without trailing newlines) turning want into got, headed by {@code --- want}
   * and {@code +++ got}; empty when the texts are equal.
   */
  static List<String> unified(String want, String got) {
    List<String> a = split(want);
    List<String> b = split(got);
    List<Edit> edits = edits(a, b);
    List<String> out = new ArrayList<>();
    if (edits.stream().allMatch(e -> e.op() == Op.EQUAL)) {
      return out;
    }
    out.add("--- want");
    out.add("+++ got");
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).op() == Op.EQUAL) {
        i++;
        continue;
      }
      // A hunk runs from CONTEXT lines before this change to CONTEXT lines after the last change
      // that is no more than 2*CONTEXT equal lines away from the previous one.
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int j = i;
      while (j < edits.size()) {
        if (edits.get(j).op() != Op.EQUAL) {
          end = j;
          j++;
          continue;
        }
        int k = j;
        while (k < edits.size() && edits.get(k).op() == Op.EQUAL) {
          k++;
        }
        if (k < edits.size() && k - j <= 2 * CONTEXT) {
          j = k;
        } else {
          break;
        }
      }
      int stop = Math.min(edits.size(), end + 1 + CONTEXT);
      out.add(header(edits, start, stop));
      for (int e = start; e < stop; e++) {
        Edit ed = edits.get(e);
        String line = ed.op() == Op.INSERT ? b.get(ed.b()) : a.get(ed.a());
        char sign = ed.op() == Op.EQUAL ? ' ' : ed.op() == Op.DELETE ? '-' : '+';
        boolean newline = line.endsWith("\n");
        out.add(sign + (newline ? line.substring(0, line.length() - 1) : line));
        if (!newline) {
          out.add("\\ No newline at end of file");
        }
      }
      i = stop;
    }
    return out;
  }

  private static String header(List<Edit> edits, int start, int stop) {
    int aStart = -1;
    int bStart = -1;
    int aCount = 0;
    int bCount = 0;
    for (int e = start; e < stop; e++) {
      Edit ed = edits.get(e);
      if (ed.op() != Op.INSERT) {
        aCount++;
        if (aStart < 0) {
          aStart = ed.a();
        }
      }
      if (ed.op() != Op.DELETE) {
        bCount++;
        if (bStart < 0) {
          bStart = ed.b();
        }
      }
    }
    // Unified diff convention: an empty range names the line before it.
    Edit first = edits.get(start);
    if (aStart < 0) {
      aStart = first.a() - 1;
    }
    if (bStart < 0) {
      bStart = first.b() - 1;
    }
    return "@@ -" + range(aStart, aCount) + " +" + range(bStart, bCount) + " @@";
  }

  private static String range(int start, int count) {
    return count == 1 ? String.valueOf(start + 1) : (start + 1) + "," + count;
  }

  /** Lines including their '\n'; the last one lacks it when the text does not end in one. */
  static List<String> split(String s) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    while (from < s.length()) {
      int nl = s.indexOf('\n', from);
      int to = nl < 0 ? s.length() : nl + 1;
      lines.add(s.substring(from, to));
      from = to;
    }
    return lines;
  }

  /**
   * The edit script: common prefix and suffix are equal; the middle is aligned by a longest common
   * subsequence when small enough, otherwise replaced whole. For each edit, a and b hold the
   * current positions in both texts (the position the next line would take when not consumed).
   */
  private static List<Edit> edits(List<String> a, List<String> b) {
    int pre = 0;
    while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) {
      pre++;
    }
    int suf = 0;
    while (suf < a.size() - pre
        && suf < b.size() - pre
        && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) {
      suf++;
    }
    List<Edit> edits = new ArrayList<>();
    for (int i = 0; i < pre; i++) {
      edits.add(new Edit(Op.EQUAL, i, i));
    }
    int n = a.size() - pre - suf;
    int m = b.size() - pre - suf;
    if ((long) n * m <= MAX_TABLE) {
      middleByLcs(a, b, pre, n, m, edits);
    } else {
      for (int i = 0; i < n; i++) {
        edits.add(new Edit(Op.DELETE, pre + i, pre));
      }
      for (int j = 0; j < m; j++) {
        edits.add(new Edit(Op.INSERT, pre + n, pre + j));
      }
    }
    for (int k = 0; k < suf; k++) {
      edits.add(new Edit(Op.EQUAL, pre + n + k, pre + m + k));
    }
    return edits;
  }

  private static void middleByLcs(
      List<String> a, List<String> b, int pre, int n, int m, List<Edit> edits) {
    // lcs[i][j] = length of the LCS of a[pre+i..] and b[pre+j..]
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(pre + i).equals(b.get(pre + j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(pre + i).equals(b.get(pre + j))) {
        edits.add(new Edit(Op.EQUAL, pre + i, pre + j));
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
        edits.add(new Edit(Op.INSERT, pre + i, pre + j));
        j++;
      } else {
        edits.add(new Edit(Op.DELETE, pre + i, pre + j));
        i++;
      }
    }
  }
}
