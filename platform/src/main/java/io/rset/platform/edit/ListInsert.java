package io.rset.platform.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds one item to the list under a key of a mapping, as text splices that leave every other
 * character of the file as it was. Handles block lists (both {@code -} indentation styles, blank
 * line separation, comments around items), flow lists on one or several lines (with or without a
 * trailing comma), an empty {@code []} or null value (turned into a block list) and a missing key
 * (added with a one-item block list).
 */
final class ListInsert {
  private final TextDoc doc;
  private final Layout layout;

  ListInsert(TextDoc doc, Layout layout) {
    this.doc = doc;
    this.layout = layout;
  }

  /**
   * The splices that put {@code value} at {@code index} of the list {@code parent[key]}.
   *
   * @param index 0 … size; the list's size appends
   * @param beforeKeys when the key is missing it is added before the first of these keys the
   *     mapping has, else after the mapping's last entry
   * @throws EditException when the value under key is not a list or is written in a way that cannot
   *     be extended without touching other text (an anchor on an empty list, an alias)
   */
  List<Splice> insert(
      Node.Map parent, String key, int index, Object value, List<String> beforeKeys) {
    ListEdit.requireUnique(doc, parent, key);
    Node.Entry e = parent.entry(key);
    if (e == null) {
      return addKey(parent, key, value, beforeKeys);
    }
    Node v = e.value();
    if (v instanceof Node.Seq q) {
      if (index < 0 || index > q.items().size()) {
        throw new IllegalArgumentException("index " + index + " outside 0.." + q.items().size());
      }
      if (!q.flow()) {
        return List.of(block(q, index, value));
      }
      if (!q.items().isEmpty()) {
        return List.of(flow(q, index, value));
      }
      if (parent.flow()) {
        return List.of(intoEmptyFlow(q, value));
      }
      return emptyToBlock(e, q.end(), value);
    }
    if (v instanceof Node.Scalar s && isNull(s) && !parent.flow()) {
      return emptyToBlock(e, s.end(), value);
    }
    throw new EditException(
        doc.where(v.start().line(), v.start().column())
            + ": "
            + key
            + (v instanceof Node.Alias ? " is an alias; add the entry by hand" : " is not a list"));
  }

  private static boolean isNull(Node.Scalar s) {
    if (s.style() != org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN) {
      return false;
    }
    return switch (s.value()) {
      case "", "~", "null", "Null", "NULL" -> true;
      default -> false;
    };
  }

  private Splice block(Node.Seq q, int index, Object value) {
    EntryStyle style = EntryStyle.of(doc, q, layout);
    List<Node> items = q.items();
    int dash = style.dashColumn();
    if (dash < 0) {
      dash = Extent.dashOf(doc, items.get(0).start(), q.start().line() - 1).column();
    }
    List<String> lines = new ArrayList<>(new EntryWriter(style).blockItem(value, dash));
    if (index == items.size()) {
      requireTerminated(items.get(items.size() - 1));
      int last = Extent.lastLine(doc, items.get(items.size() - 1));
      last = Extent.withTrailingComments(doc, last, dash);
      if (style.separated()) {
        lines.add(0, "");
      }
      return doc.insertLines(last + 1, lines);
    }
    int floor = index == 0 ? q.start().line() - 1 : Extent.lastLine(doc, items.get(index - 1));
    Node.Pos d = Extent.dashOf(doc, items.get(index).start(), floor);
    if (d.line() <= floor || !prefixBlank(d)) {
      throw new EditException(
          doc.where(d.line(), d.column()) + ": cannot insert before an item that shares its line");
    }
    int at = Extent.withLeadingComments(doc, d.line(), dash, floor);
    if (style.separated()) {
      lines.add("");
    }
    return doc.insertLines(at, lines);
  }

  /** True when nothing but spaces comes before {@code p} on its line. */
  private boolean prefixBlank(Node.Pos p) {
    String line = doc.line(p.line());
    int off = doc.offset(p.line(), p.column()) - doc.lineStart(p.line());
    return line.substring(0, Math.min(off, line.length())).isBlank();
  }

  private Splice flow(Node.Seq q, int index, Object value) {
    String text = new EntryWriter(EntryStyle.of(doc, q, layout)).flowItem(value);
    List<Node> items = q.items();
    Node last = items.get(items.size() - 1);
    boolean multi =
        items.size() >= 2
            ? last.start().line() != items.get(items.size() - 2).end().line()
            : last.start().line() != q.start().line();
    String nl = doc.newline();
    if (index == items.size()) {
      Node.Pos end = flowEnd(last);
      int off = doc.offset(end.line(), end.column());
      String indent = " ".repeat(last.start().column());
      int k = skipSpaceAndComments(off);
      if (k < doc.text().length() && doc.text().charAt(k) == ',') {
        return new Splice(k + 1, k + 1, multi ? nl + indent + text + "," : " " + text + ",");
      }
      // An item that is only a tag or anchor ("!") would swallow a comma right after it.
      String gap = last instanceof Node.Scalar s && s.value().isEmpty() ? " " : "";
      return new Splice(off, off, gap + (multi ? "," + nl + indent + text : ", " + text));
    }
    Node at = items.get(index);
    int off = doc.offset(at.start().line(), at.start().column());
    String indent = " ".repeat(at.start().column());
    return new Splice(off, off, multi ? text + "," + nl + indent : text + ", ");
  }

  /**
   * Where a flow item's text ends. A single-pair mapping written without braces ({@code [k: v]})
   * reports its end at the list's {@code ]}, so its value's end counts.
   */
  private static Node.Pos flowEnd(Node item) {
    Node cur = item;
    while (cur instanceof Node.Map m
        && m.entries().size() == 1
        && m.entries().get(0).key().start().equals(m.start())) {
      cur = m.entries().get(0).value();
    }
    return cur.end();
  }

  private int skipSpaceAndComments(int off) {
    String t = doc.text();
    int k = off;
    while (k < t.length()) {
      char c = t.charAt(k);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        k++;
      } else if (c == '#') {
        while (k < t.length() && t.charAt(k) != '\n' && t.charAt(k) != '\r') {
          k++;
        }
      } else {
        break;
      }
    }
    return k;
  }

  private Splice intoEmptyFlow(Node.Seq q, Object value) {
    String text = new EntryWriter(EntryStyle.of(doc, null, layout)).flowItem(value);
    int open = doc.offset(q.start().line(), q.start().column());
    String t = doc.text();
    while (open < t.length() && t.charAt(open) != '[') {
      open++;
    }
    int close = doc.offset(q.end().line(), q.end().column()) - 1;
    if (close > open
        && t.substring(open + 1, close).isBlank()
        && t.substring(open + 1, close).indexOf('\n') < 0
        && t.substring(open + 1, close).indexOf('\r') < 0) {
      String pad = layout.bracketPad() ? " " : "";
      return new Splice(open + 1, close, pad + text + pad);
    }
    return new Splice(open + 1, open + 1, text);
  }

  /**
   * {@code key: []} or {@code key:} (null) becomes {@code key:} followed by a block list; anything
   * after the value on its line (a comment) stays.
   */
  private List<Splice> emptyToBlock(Node.Entry e, Node.Pos valueEnd, Object value) {
    String t = doc.text();
    int keyEnd = doc.offset(e.key().end().line(), e.key().end().column());
    int colon = keyEnd;
    while (colon < t.length() && (t.charAt(colon) == ' ' || t.charAt(colon) == '\t')) {
      colon++;
    }
    int end = doc.offset(valueEnd.line(), valueEnd.column());
    if (colon >= t.length() || t.charAt(colon) != ':' || end < colon + 1) {
      throw new EditException(
          doc.where(e.key().start().line(), e.key().start().column())
              + ": cannot find the ':' after this key");
    }
    String removed = t.substring(colon + 1, end);
    String value0 = removed.strip();
    if (!(value0.isEmpty()
        || value0.equals("~")
        || value0.equalsIgnoreCase("null")
        || value0.replace(" ", "").equals("[]"))) {
      throw new EditException(
          doc.where(e.value().start().line(), e.value().start().column())
              + ": the empty list has an anchor, tag or comment inside; add the entry by hand");
    }
    int keyColumn = e.key().start().column();
    List<String> lines =
        new EntryWriter(EntryStyle.of(doc, null, layout))
            .blockItem(value, keyColumn + layout.seqIndent());
    List<Splice> out = new ArrayList<>();
    if (end > colon + 1) {
      // Keep ':' apart from what follows ("key: []# x" must not become "key:# x").
      boolean glued = end < t.length() && " \t\r\n".indexOf(t.charAt(end)) < 0;
      out.add(new Splice(colon + 1, end, glued ? " " : ""));
    }
    out.add(doc.insertLines(valueEnd.line() + 1, lines));
    return out;
  }

  private List<Splice> addKey(Node.Map parent, String key, Object value, List<String> beforeKeys) {
    if (parent.flow() || parent.entries().isEmpty()) {
      throw new EditException(
          doc.where(parent.start().line(), parent.start().column())
              + ": cannot add "
              + key
              + " to a flow mapping; write it in block style");
    }
    requireSimpleKeys(parent);
    int keyColumn = Walker.keyColumn(parent);
    List<String> lines = new ArrayList<>();
    lines.add(
        " ".repeat(keyColumn)
            + Scalars.write(
                key, org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN, layout.quote(), false)
            + ":");
    lines.addAll(
        new EntryWriter(EntryStyle.of(doc, null, layout))
            .blockItem(value, keyColumn + layout.seqIndent()));
    List<Node.Entry> entries = parent.entries();
    for (String before : beforeKeys) {
      for (int i = 0; i < entries.size(); i++) {
        Node.Entry en = entries.get(i);
        if (en.key() instanceof Node.Scalar s && s.value().equals(before)) {
          int keyLine = en.key().start().line();
          int floor =
              i == 0 ? parent.start().line() - 1 : Extent.lastLine(doc, entries.get(i - 1).value());
          if (keyLine <= floor || i == 0) {
            continue;
          }
          int at = Extent.withLeadingComments(doc, keyLine, keyColumn, floor);
          return List.of(doc.insertLines(at, lines));
        }
      }
    }
    requireTerminated(parent);
    int last = Extent.withTrailingComments(doc, Extent.lastLine(doc, parent), keyColumn);
    return List.of(doc.insertLines(last + 1, lines));
  }

  /**
   * Refuses a mapping whose keys are not all one-line scalars written without {@code ?}: the column
   * of a new key is taken from them.
   */
  private void requireSimpleKeys(Node.Map m) {
    for (Node.Entry e : m.entries()) {
      Node k = e.key();
      boolean simple =
          k instanceof Node.Scalar s && !s.isBlock() && s.start().line() == s.end().line();
      if (simple) {
        String line = doc.line(k.start().line());
        int off =
            doc.offset(k.start().line(), k.start().column()) - doc.lineStart(k.start().line());
        simple = line.substring(0, Math.min(off, line.length())).replace("-", " ").isBlank();
      }
      if (!simple) {
        throw new EditException(
            doc.where(k.start().line(), k.start().column())
                + ": this mapping has a complex key; add the entry by hand");
      }
    }
  }

  /**
   * Refuses to add lines after {@code before} when they would change how its last scalar reads: a
   * block scalar on the file's unterminated last line would gain a line break, and an empty block
   * scalar followed by less indented lines is an error for go-yaml (and so for Flux).
   */
  private void requireTerminated(Node before) {
    Node last = Extent.lastLeaf(before);
    if (Extent.endsInOpenBlockScalar(doc, before)) {
      Node.Pos p = last.start();
      throw new EditException(
          doc.where(p.line(), p.column())
              + ": this block scalar ends the file without a line break; add one first");
    }
    if (last instanceof Node.Scalar s && s.isBlock() && s.value().isEmpty()) {
      throw new EditException(
          doc.where(s.start().line(), s.start().column())
              + ": this empty block scalar cannot be followed by more lines; write it as \"\"");
    }
  }
}
