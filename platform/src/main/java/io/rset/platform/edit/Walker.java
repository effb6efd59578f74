package io.rset.platform.edit;

/**
 * Visits a {@link Node} tree and reports the layout facts {@link Layout} and {@link EntryStyle}
 * learn from: where nested block mappings and lists sit relative to their key, the gap after each
 * {@code -}, flow collections and scalars. Every callback gets the node's path from the walk's
 * root: {@code ""} for the root, {@code p/key} for a mapping value, {@code p[]} for a list item.
 */
abstract class Walker {
  final TextDoc doc;

  Walker(TextDoc doc) {
    this.doc = doc;
  }

  void walk(Node root) {
    walk(root, "", -1);
  }

  /** A block mapping at {@code path} that is the value of a key written at {@code keyColumn}. */
  void blockMapUnderKey(String path, int keyColumn, Node.Map m) {}

  /** A block list at {@code path} that is the value of a key written at {@code keyColumn}. */
  void blockSeqUnderKey(String path, int keyColumn, int dashColumn) {}

  /** An item of the block list at {@code path} whose {@code -} is at {@code dashColumn}. */
  void blockItem(String path, int dashColumn, Node item) {}

  /** A flow list or mapping. */
  void flow(Node n) {}

  /** A scalar; {@code key} when it is a mapping key. */
  void scalar(Node.Scalar s, boolean key) {}

  /** Any mapping, with its path. */
  void map(String path, Node.Map m) {}

  /** Any list, with its path. */
  void seq(String path, Node.Seq q) {}

  /** Any scalar value (not a key), with its path. */
  void value(String path, Node.Scalar s) {}

  private void walk(Node n, String path, int keyColumn) {
    if (n instanceof Node.Scalar s) {
      scalar(s, false);
      value(path, s);
    } else if (n instanceof Node.Map m) {
      map(path, m);
      if (m.flow()) {
        flow(m);
      } else if (keyColumn >= 0 && !m.entries().isEmpty()) {
        blockMapUnderKey(path, keyColumn, m);
      }
      for (Node.Entry e : m.entries()) {
        if (e.key() instanceof Node.Scalar k) {
          scalar(k, true);
          walk(e.value(), path + "/" + k.value(), m.flow() ? -1 : k.start().column());
        }
      }
    } else if (n instanceof Node.Seq q) {
      seq(path, q);
      if (q.flow()) {
        flow(q);
      }
      int floor = -1;
      for (int i = 0; i < q.items().size(); i++) {
        Node item = q.items().get(i);
        if (!q.flow()) {
          Node.Pos dash = dashOrNull(item, floor);
          if (dash != null) {
            if (i == 0 && keyColumn >= 0) {
              blockSeqUnderKey(path, keyColumn, dash.column());
            }
            boolean empty =
                item instanceof Node.Scalar s
                    && s.value().isEmpty()
                    && s.style() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN;
            if (dash.line() == item.start().line() && !empty) {
              blockItem(path, dash.column(), item);
            }
          }
          floor = Extent.lastLine(doc, item);
        }
        walk(item, path + "[]", -1);
      }
    }
  }

  private Node.Pos dashOrNull(Node item, int floor) {
    try {
      return Extent.dashOf(doc, item.start(), floor);
    } catch (EditException e) {
      return null;
    }
  }

  /** The column of a block mapping's first key. */
  static int keyColumn(Node.Map m) {
    return m.entries().isEmpty() ? m.start().column() : m.entries().get(0).key().start().column();
  }

  /** The character after a flow collection's opening bracket, or 0. */
  char charAfterOpen(Node n) {
    String text = doc.text();
    int off = doc.offset(n.start().line(), n.start().column());
    char open = n instanceof Node.Seq ? '[' : '{';
    while (off < text.length() && text.charAt(off) != open) {
      off++;
    }
    return off + 1 < text.length() ? text.charAt(off + 1) : 0;
  }
}
