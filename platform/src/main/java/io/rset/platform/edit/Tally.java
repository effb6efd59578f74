package io.rset.platform.edit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts observations; {@link #mostOr} is the most frequent one, the first seen on a tie. */
final class Tally<T> {
  private final Map<T, Integer> counts = new LinkedHashMap<>();

  void add(T value) {
    counts.merge(value, 1, Integer::sum);
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  int count(T value) {
    return counts.getOrDefault(value, 0);
  }

  int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The most frequent value, or {@code fallback} when nothing was counted. */
  T mostOr(T fallback) {
    T best = fallback;
    int max = 0;
    for (Map.Entry<T, Integer> e : counts.entrySet()) {
      if (e.getValue() > max) {
        best = e.getKey();
        max = e.getValue();
      }
    }
    return best;
  }
}
