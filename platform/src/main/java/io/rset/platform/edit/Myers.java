package io.rset.platform.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Eugene Myers' O(ND) shortest edit script between two line lists. Each operation is {@code {op,
 * aIndex, bIndex}}: for EQUAL both indices, for DELETE the old line (bIndex is where the new side
 * stands), for INSERT the new line (aIndex likewise).
 */
final class Myers {
  static final int EQUAL = 0;
  static final int DELETE = 1;
  static final int INSERT = 2;

  private Myers() {}

  static List<int[]> diff(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= max && found < 0; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
          x = v[offset + k + 1];
        } else {
          x = v[offset + k - 1] + 1;
        }
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    List<int[]> ops = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = found; d > 0; d--) {
      int[] vd = trace.get(d);
      int k = x - y;
      int prevK = (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])) ? k + 1 : k - 1;
      int prevX = vd[offset + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        ops.add(new int[] {EQUAL, --x, --y});
      }
      if (x == prevX) {
        ops.add(new int[] {INSERT, x, --y});
      } else {
        ops.add(new int[] {DELETE, --x, y});
      }
    }
    while (x > 0 && y > 0) {
      ops.add(new int[] {EQUAL, --x, --y});
    }
    Collections.reverse(ops);
    return ops;
  }
}
