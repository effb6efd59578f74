package io.rset.platform.edit;

/**
 * Where nodes begin and end in the text, in whole lines: the last line holding a node's content,
 * the {@code -} of a block sequence item, and the comment lines that belong to an entry.
 *
 * <p>Comment rule (the one a reader applies): comment lines right after an entry that are indented
 * deeper than the entry's indicator column belong to the entry (a commented-out field); comment
 * lines right above an entry at or left of its column introduce it.
 */
final class Extent {
  private Extent() {}

  /** The last 0-based line holding content of {@code n}. */
  static int lastLine(TextDoc doc, Node n) {
    Node cur = n;
    int line = n.start().line();
    // Follow the last child down; a key line counts too (the value may be an empty scalar).
    while (true) {
      line = Math.max(line, cur.start().line());
      if (cur instanceof Node.Scalar s) {
        return Math.max(line, s.isBlock() ? blockScalarLastLine(doc, s) : s.end().line());
      }
      if (cur instanceof Node.Alias a) {
        return Math.max(line, a.end().line());
      }
      if (cur instanceof Node.Seq q) {
        if (q.flow() || q.items().isEmpty()) {
          return Math.max(line, q.end().line());
        }
        cur = q.items().get(q.items().size() - 1);
      } else {
        Node.Map m = (Node.Map) cur;
        if (m.flow() || m.entries().isEmpty()) {
          return Math.max(line, m.end().line());
        }
        Node.Entry last = m.entries().get(m.entries().size() - 1);
        line = Math.max(line, lastLine(doc, last.key()));
        cur = last.value();
      }
    }
  }

  /**
   * The last line of a {@code |} or {@code >} scalar's content. The parser's end mark lies after
   * the trailing empty lines it consumed; with keep chomping ({@code +}) those are content, with
   * clip and strip only lines indented deeper than the content are.
   */
  private static int blockScalarLastLine(TextDoc doc, Node.Scalar s) {
    int endLine = s.end().column() > 0 ? s.end().line() : s.end().line() - 1;
    endLine = Math.min(endLine, doc.lineCount() - 1);
    int header = s.start().line();
    if (endLine <= header) {
      return Math.max(header, endLine);
    }
    String head = doc.line(header);
    int at = doc.offset(header, s.start().column()) - doc.lineStart(header);
    boolean keep = false;
    int explicitIndent = -1;
    for (int i = at + 1; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '+') {
        keep = true;
      } else if (c >= '1' && c <= '9') {
        explicitIndent = c - '0';
      } else if (c != '-') {
        break;
      }
    }
    if (keep) {
      return endLine;
    }
    int contentIndent = explicitIndent;
    if (contentIndent < 0) {
      contentIndent = Integer.MAX_VALUE;
      for (int l = header + 1; l <= endLine; l++) {
        if (!doc.isBlank(l)) {
          contentIndent = doc.indent(l);
          break;
        }
      }
    } else {
      contentIndent += parentIndent(doc, header, at);
    }
    for (int l = endLine; l > header; l--) {
      String text = doc.line(l);
      if (!text.isBlank() || text.length() > contentIndent) {
        return l;
      }
    }
    return header;
  }

  /**
   * The indentation n that an explicit indentation indicator is added to (YAML 1.2 §8.1.1.1): the
   * key's column for {@code key: |2}, the dash's column for {@code - |2}.
   */
  private static int parentIndent(TextDoc doc, int line, int indicator) {
    String l = doc.line(line);
    int k = TextDoc.indent(l);
    int dash = k;
    while (k < l.length() && l.charAt(k) == '-' && k + 1 < l.length() && l.charAt(k + 1) == ' ') {
      dash = k;
      k = k + 1 + TextDoc.indent(l.substring(k + 1));
    }
    return k >= indicator ? dash : k;
  }

  /**
   * Extends {@code last} over the comment lines that follow it and belong to it: comments indented
   * deeper than {@code column}, possibly after blank lines, up to the first line that is neither.
   */
  static int withTrailingComments(TextDoc doc, int last, int column) {
    int end = last;
    for (int l = last + 1; l < doc.lineCount(); l++) {
      if (doc.isBlank(l)) {
        continue;
      }
      if (!doc.isComment(l) || doc.indent(l) <= column) {
        break;
      }
      end = l;
    }
    return end;
  }

  /**
   * The first line of the comments right above {@code line} (no blank line between) that sit at or
   * left of {@code column}, or {@code line} itself when there are none. Stops at {@code floor}.
   */
  static int withLeadingComments(TextDoc doc, int line, int column, int floor) {
    int first = line;
    for (int l = line - 1; l > floor; l--) {
      if (!doc.isComment(l) || doc.indent(l) > column) {
        break;
      }
      first = l;
    }
    return first;
  }

  /**
   * The line and column of the {@code -} that introduces the block sequence item starting at {@code
   * item}: on the item's own line left of it, or ending an earlier line ({@code -} followed by
   * nothing but a comment).
   *
   * @throws EditException when there is none (the text is not a block sequence item)
   */
  static Node.Pos dashOf(TextDoc doc, Node.Pos item, int floorLine) {
    String line = doc.line(item.line());
    int itemOff = doc.offset(item.line(), item.column()) - doc.lineStart(item.line());
    for (int c = itemOff - 1; c >= 0; c--) {
      char ch = line.charAt(c);
      if (ch == '-' && (c + 1 >= line.length() || isSpace(line.charAt(c + 1)))) {
        return new Node.Pos(item.line(), line.codePointCount(0, c));
      }
      if (!isSpace(ch)) {
        break;
      }
    }
    for (int l = item.line() - 1; l > floorLine && l >= 0; l--) {
      if (doc.isBlank(l) || doc.isComment(l)) {
        continue;
      }
      String t = stripComment(doc.line(l)).stripTrailing();
      if (t.endsWith("-") && t.substring(0, t.length() - 1).isBlank()) {
        return new Node.Pos(l, t.codePointCount(0, t.length() - 1));
      }
      break;
    }
    throw new EditException(
        doc.where(item.line(), item.column()) + ": cannot find the '-' of this list item");
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** The line without a trailing {@code # comment} (a {@code #} after a space). */
  private static String stripComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || isSpace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
