package io.rset.platform.edit;

import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * A YAML node as written in the text: kind, style and where it starts and ends (0-based line and
 * code-point column, as snakeyaml-engine reports them). Aliases stay aliases, so positions always
 * refer to the text of this node and a tree is never cyclic.
 *
 * <p>The end of a block collection is where the parser saw the next token, which may lie after
 * trailing blank and comment lines; {@link Extent} finds where its content really ends.
 */
sealed interface Node {
  Pos start();

  Pos end();

  /** A line and code-point column, both 0-based. */
  record Pos(int line, int column) {}

  /** A scalar with its value (after unescaping) and style. */
  record Scalar(String value, ScalarStyle style, Pos start, Pos end) implements Node {
    /** True for {@code |} and {@code >} scalars. */
    boolean isBlock() {
      return style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED;
    }
  }

  /** An alias ({@code *name}); only its own text is covered by its positions. */
  record Alias(String anchor, Pos start, Pos end) implements Node {}

  /** A sequence; for a block sequence {@code start} is at its first {@code -}. */
  record Seq(List<Node> items, boolean flow, Pos start, Pos end) implements Node {
    public Seq {
      items = List.copyOf(items);
    }
  }

  /** A mapping, entries in order. */
  record Map(List<Entry> entries, boolean flow, Pos start, Pos end) implements Node {
    public Map {
      entries = List.copyOf(entries);
    }

    /** The entry whose key is the plain string {@code key}, or null. */
    Entry entry(String key) {
      for (Entry e : entries) {
        if (e.key() instanceof Scalar s && s.value().equals(key)) {
          return e;
        }
      }
      return null;
    }

    /** Every entry whose key is the plain string {@code key} (more than one is a duplicate). */
    List<Entry> entries(String key) {
      List<Entry> out = new java.util.ArrayList<>();
      for (Entry e : entries) {
        if (e.key() instanceof Scalar s && s.value().equals(key)) {
          out.add(e);
        }
      }
      return out;
    }

    /** The value of {@link #entry}, or null. */
    Node get(String key) {
      Entry e = entry(key);
      return e == null ? null : e.value();
    }

    /** The string value of a scalar entry, or null when absent or not a scalar. */
    String string(String key) {
      return get(key) instanceof Scalar s ? s.value() : null;
    }
  }

  /** One key/value pair of a mapping. */
  record Entry(Node key, Node value) {}
}
