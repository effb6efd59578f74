package io.rset.platform.validate;

import java.util.Collection;

/** "Did you mean" by edit distance. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code word} by Levenshtein distance, if that distance is at most a
   * third of the longer string's length (and at least 1 edit is allowed, at most 3); ties go to the
   * candidate that sorts first. Null when none is close enough or {@code word} itself is a
   * candidate.
   */
  static String closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c.equals(word)) {
        return null;
      }
      int limit = Math.min(3, Math.max(1, Math.max(word.length(), c.length()) / 3));
      int d = distance(word, c, limit);
      if (d <= limit
          && (d < bestDistance || d == bestDistance && best != null && c.compareTo(best) < 0)) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
