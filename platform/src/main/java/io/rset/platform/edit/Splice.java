package io.rset.platform.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces the characters {@code [from, to)} of a text with {@code insert}; with {@code from == to}
 * it is a pure insertion. Several splices of one text must not overlap; they are applied from the
 * end so that offsets stay valid.
 */
record Splice(int from, int to, String insert) {
  Splice {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("bad splice range " + from + ".." + to);
    }
  }

  /** The text with every splice applied. Insertions at the same offset keep their list order. */
  static String apply(String text, List<Splice> splices) {
    List<Splice> sorted = new ArrayList<>(splices);
    sorted.sort(Comparator.comparingInt(Splice::from));
    StringBuilder b = new StringBuilder(text.length() + 256);
    int at = 0;
    for (Splice s : sorted) {
      if (s.from < at || s.to > text.length()) {
        throw new IllegalArgumentException("overlapping splices");
      }
      b.append(text, at, s.from).append(s.insert);
      at = s.to;
    }
    return b.append(text, at, text.length()).toString();
  }
}
