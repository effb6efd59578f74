package io.rset.cluster.why;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** "Did you mean": the existing names closest to a missing one, by edit distance. */
final class Suggestions {
  /** At most this many suggestions are offered. */
  static final int MAX = 3;

  private Suggestions() {}

  /**
   * The candidates whose name is within a typo's reach of {@code missing}'s name (the same name in
   * another namespace counts), closest first, then same namespace first, then by name.
   */
  static List<ObjectRef> closest(ObjectRef missing, List<ObjectRef> candidates) {
    record Scored(ObjectRef ref, int distance, int otherNamespace) {}
    int limit = Math.max(1, Math.min(3, missing.name().length() / 3));
    List<Scored> scored = new ArrayList<>();
    for (ObjectRef c : candidates) {
      if (c.sameObject(missing) || !c.kind().equals(missing.kind())) {
        continue;
      }
      int d = distance(missing.name(), c.name());
      if (d <= limit) {
        scored.add(new Scored(c, d, c.namespace().equals(missing.namespace()) ? 0 : 1));
      }
    }
    scored.sort(
        Comparator.comparingInt(Scored::distance)
            .thenComparingInt(Scored::otherNamespace)
            .thenComparing(s -> s.ref().namespacedName()));
    return scored.stream().limit(MAX).map(Scored::ref).toList();
  }

  /** The closest of {@code candidates} to {@code word} within a typo's reach, or null. */
  static String closestWord(String word, List<String> candidates) {
    int limit = Math.max(1, Math.min(3, word.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(word, c);
      if (d <= limit && d < bestDistance && !c.equals(word)) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
