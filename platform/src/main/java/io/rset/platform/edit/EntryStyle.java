package io.rset.platform.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * How the existing items of one list are written, so that a new item can be written the same way:
 * per path inside an item ({@code []} the item, {@code []/chart/version} a nested scalar, {@code
 * []/dependsOn[]} a list's items) the key order, flow or block style, scalar quoting and the
 * indentation of nested blocks; for the list itself the column of {@code -}, the gap after it and
 * whether items are separated by blank lines. Where the items show nothing, the file's {@link
 * Layout} decides.
 */
final class EntryStyle {
  private final Layout layout;
  private final Map<String, List<List<String>>> keyOrders = new HashMap<>();
  private final Map<String, Tally<Boolean>> flow = new HashMap<>();
  private final Map<String, Integer> emptyFlow = new HashMap<>();
  private final Map<String, Tally<ScalarStyle>> scalars = new HashMap<>();
  private final Map<String, Tally<Integer>> mapIndent = new HashMap<>();
  private final Map<String, Tally<Integer>> seqIndent = new HashMap<>();
  private final Map<String, Tally<Integer>> gap = new HashMap<>();
  private final Map<String, Tally<Integer>> dashColumn = new HashMap<>();
  private final Map<String, Integer> maps = new HashMap<>();
  private final Map<String, Integer> keys = new HashMap<>();
  private final Tally<ScalarStyle> quotes = new Tally<>();
  private final boolean separated;

  private EntryStyle(Layout layout, boolean separated) {
    this.layout = layout;
    this.separated = separated;
  }

  /**
   * Learns the style of {@code list}'s items.
   *
   * @param list the list, or null when it does not exist yet (then only {@code layout} counts)
   */
  static EntryStyle of(TextDoc doc, Node.Seq list, Layout layout) {
    EntryStyle s = new EntryStyle(layout, list != null && separatedByBlankLines(doc, list));
    if (list != null) {
      s.learn(doc, list);
    }
    return s;
  }

  private void learn(TextDoc doc, Node.Seq list) {
    new Walker(doc) {
      @Override
      void blockMapUnderKey(String path, int keyColumn, Node.Map m) {
        tally(mapIndent, path).add(keyColumn(m) - keyColumn);
      }

      @Override
      void blockSeqUnderKey(String path, int keyColumn, int dash) {
        tally(seqIndent, path).add(dash - keyColumn);
      }

      @Override
      void blockItem(String path, int dash, Node item) {
        tally(gap, path).add(item.start().column() - dash);
        tally(dashColumn, path).add(dash);
      }

      @Override
      void map(String path, Node.Map m) {
        maps.merge(path, 1, Integer::sum);
        List<String> order = new ArrayList<>();
        for (Node.Entry e : m.entries()) {
          if (e.key() instanceof Node.Scalar k) {
            order.add(k.value());
            keys.merge(path + "/" + k.value(), 1, Integer::sum);
          }
        }
        keyOrders.computeIfAbsent(path, p -> new ArrayList<>()).add(order);
        if (!m.entries().isEmpty()) {
          tally(flow, path).add(m.flow());
        }
      }

      @Override
      void seq(String path, Node.Seq q) {
        if (!q.items().isEmpty()) {
          tally(flow, path).add(q.flow());
        } else if (q.flow()) {
          emptyFlow.merge(path, 1, Integer::sum);
        }
      }

      @Override
      void value(String path, Node.Scalar s) {
        if (s.isBlock() || (s.style() == ScalarStyle.PLAIN && s.value().isEmpty())) {
          return;
        }
        tally(scalars, path).add(s.style());
        if (s.style() != ScalarStyle.PLAIN) {
          quotes.add(s.style());
        }
      }
    }.walk(list);
  }

  private static <T> Tally<T> tally(Map<String, Tally<T>> m, String path) {
    return m.computeIfAbsent(path, p -> new Tally<>());
  }

  /**
   * True when every two neighbouring items have a blank line between them (needs at least two block
   * items).
   */
  private static boolean separatedByBlankLines(TextDoc doc, Node.Seq list) {
    if (list.flow() || list.items().size() < 2) {
      return false;
    }
    for (int i = 1; i < list.items().size(); i++) {
      int prevEnd = Extent.lastLine(doc, list.items().get(i - 1));
      int next = list.items().get(i).start().line();
      boolean blank = false;
      for (int l = prevEnd + 1; l < next; l++) {
        blank |= doc.isBlank(l);
      }
      if (!blank) {
        return false;
      }
    }
    return true;
  }

  /** Whether new items get a blank line between them and their neighbour. */
  boolean separated() {
    return separated;
  }

  /** The column of the list's {@code -}, or -1 when no item shows it. */
  int dashColumn() {
    Tally<Integer> t = dashColumn.get("");
    return t == null ? -1 : t.mostOr(-1);
  }

  /** Columns from {@code -} to the content for the list at {@code path}. */
  int gap(String path) {
    Tally<Integer> t = gap.get(path);
    return Math.max(2, t == null ? layout.gap() : t.mostOr(layout.gap()));
  }

  /** Columns from a key to its nested block mapping's keys. */
  int mapIndent(String path) {
    Tally<Integer> t = mapIndent.get(path);
    return Math.max(1, t == null ? layout.mapIndent() : t.mostOr(layout.mapIndent()));
  }

  /** Columns from a key to the {@code -} of its block list. */
  int seqIndent(String path) {
    Tally<Integer> t = seqIndent.get(path);
    return Math.max(0, t == null ? layout.seqIndent() : t.mostOr(layout.seqIndent()));
  }

  /**
   * Whether the collection at {@code path} is written in flow style: as most non-empty ones there
   * are; with none, a list is flow when the items show it empty as {@code []}, a mapping is block.
   */
  boolean flow(String path, boolean list) {
    Tally<Boolean> t = flow.get(path);
    if (t != null && !t.isEmpty()) {
      return t.mostOr(false);
    }
    return list && emptyFlow.containsKey(path);
  }

  /** How the scalar at {@code path} is quoted: as most there are, plain when none is seen. */
  ScalarStyle scalar(String path) {
    Tally<ScalarStyle> t = scalars.get(path);
    if (t != null && !t.isEmpty()) {
      return t.mostOr(ScalarStyle.PLAIN);
    }
    // No example here: follow the items' quoting if they quote most of their scalars.
    int quoted = quotes.total();
    int all = scalars.values().stream().mapToInt(Tally::total).sum();
    return all > 0 && quoted * 2 > all ? quote() : ScalarStyle.PLAIN;
  }

  /** The quoted style used when a value cannot be plain. */
  ScalarStyle quote() {
    return quotes.mostOr(layout.quote());
  }

  /** Spaces inside non-empty flow brackets and braces. */
  Layout layout() {
    return layout;
  }

  /** Whether any item has a mapping at {@code path}. */
  boolean seenMap(String path) {
    return maps.containsKey(path);
  }

  /** Whether every mapping at the parent path has the key ending {@code keyPath}. */
  boolean alwaysPresent(String parentPath, String key) {
    int parents = maps.getOrDefault(parentPath, 0);
    return parents > 0 && keys.getOrDefault(parentPath + "/" + key, 0) == parents;
  }

  /** Whether some item writes the list at {@code path} as an empty {@code []}. */
  boolean seenEmpty(String path) {
    return emptyFlow.containsKey(path);
  }

  /** Whether any mapping at {@code parentPath} has {@code key}. */
  boolean seenKey(String parentPath, String key) {
    return keys.containsKey(parentPath + "/" + key);
  }

  /**
   * {@code ours} ordered as the items order their keys: by the observed key list that holds most of
   * them; keys it lacks keep their given order after the others.
   */
  List<String> order(String path, Collection<String> ours) {
    List<String> best = List.of();
    int bestHits = 0;
    for (List<String> seen : keyOrders.getOrDefault(path, List.of())) {
      int hits = 0;
      for (String k : ours) {
        hits += seen.contains(k) ? 1 : 0;
      }
      if (hits > bestHits) {
        best = seen;
        bestHits = hits;
      }
    }
    List<String> sorted = new ArrayList<>(ours);
    List<String> given = new ArrayList<>(ours);
    List<String> ref = best;
    sorted.sort(
        (a, b) -> {
          int ia = ref.indexOf(a);
          int ib = ref.indexOf(b);
          ia = ia < 0 ? ref.size() + given.indexOf(a) : ia;
          ib = ib < 0 ? ref.size() + given.indexOf(b) : ib;
          return Integer.compare(ia, ib);
        });
    return sorted;
  }
}
