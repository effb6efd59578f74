package io.rset.gotemplate.flux;

/**
 * go-yaml v2's order of string map keys ({@code keyList.Less}): rune by rune, letters before
 * non-letters, and runs of digits compared by numeric value, so {@code a2 < a10}.
 */
final class YamlKeyOrder {
  private YamlKeyOrder() {}

  /** go-yaml v2's Less for two string keys given as code points. */
  static boolean less(int[] ar, int[] br) {
    for (int i = 0; i < ar.length && i < br.length; i++) {
      if (ar[i] == br[i]) {
        continue;
      }
      boolean al = Character.isLetter(ar[i]);
      boolean bl = Character.isLetter(br[i]);
      if (al && bl) {
        return ar[i] < br[i];
      }
      if (al || bl) {
        return bl;
      }
      long an = 0;
      long bn = 0;
      if (ar[i] == '0' || br[i] == '0') {
        for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
          if (ar[j] != '0') {
            an = 1;
            bn = 1;
            break;
          }
        }
      }
      int ai = i;
      for (; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
        an = an * 10 + (ar[ai] - '0');
      }
      int bi = i;
      for (; bi < br.length && Character.isDigit(br[bi]); bi++) {
        bn = bn * 10 + (br[bi] - '0');
      }
      if (an != bn) {
        return an < bn;
      }
      if (ai != bi) {
        return ai < bi;
      }
      return ar[i] < br[i];
    }
    return ar.length < br.length;
  }

  /**
   * Sorts keys (parallel to their code points) by {@link #less}. A stable merge sort: it never
   * fails on the rare inputs where Less is not a strict weak order (Go's result is then unspecified
   * too).
   */
  static void sort(String[] keys, int[][] cps) {
    int n = keys.length;
    if (n < 2) {
      return;
    }
    if (n <= 12) {
      for (int i = 1; i < n; i++) {
        for (int j = i; j > 0 && less(cps[j], cps[j - 1]); j--) {
          swap(keys, cps, j, j - 1);
        }
      }
      return;
    }
    String[] k2 = new String[n];
    int[][] c2 = new int[n][];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int a = lo;
        int b = mid;
        for (int k = lo; k < hi; k++) {
          if (a < mid && (b >= hi || !less(cps[b], cps[a]))) {
            k2[k] = keys[a];
            c2[k] = cps[a++];
          } else {
            k2[k] = keys[b];
            c2[k] = cps[b++];
          }
        }
      }
      System.arraycopy(k2, 0, keys, 0, n);
      System.arraycopy(c2, 0, cps, 0, n);
    }
  }

  private static void swap(String[] keys, int[][] cps, int i, int j) {
    String k = keys[i];
    keys[i] = keys[j];
    keys[j] = k;
    int[] c = cps[i];
    cps[i] = cps[j];
    cps[j] = c;
  }
}
