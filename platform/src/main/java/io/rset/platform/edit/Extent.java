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

  /** The innermost last node of {@code n} (a scalar, alias or flow/empty collection). */
  static Node lastLeaf(Node n) {
    Node cur = n;
    while (true) {
      if (cur instanceof Node.Seq q && !q.flow() && !q.items().isEmpty()) {
        cur = q.items().get(q.items().size() - 1);
      } else if (cur instanceof Node.Map m && !m.flow() && !m.entries().isEmpty()) {
        cur = m.entries().get(m.entries().size() - 1).value();
      } else {
        return cur;
      }
    }
  }

  /**
   * True when a line break added after {@code n}'s last line would become part of a value: {@code
   * n} ends with a {@code |} or {@code >} scalar (not {@code |-}) on the unterminated last line.
   */
  static boolean endsInOpenBlockScalar(TextDoc doc, Node n) {
    if (doc.endsWithNewline() || !(lastLeaf(n) instanceof Node.Scalar s) || !s.isBlock()) {
      return false;
    }
    if (lastLine(doc, n) < doc.lineCount() - 1) {
      return false;
    }
    return chomping(doc, s) != '-';
  }

  /**
   * The last line of a {@code |} or {@code >} scalar's text. The parser's end mark lies after the
   * trailing lines it consumed. With keep chomping ({@code +}) they all belong to the value; else
   * only truly empty trailing lines are left out: a whitespace-only line may be content (when
   * indented deeper than the text) or set the indentation of an empty scalar, so it stays put.
   */
  private static int blockScalarLastLine(TextDoc doc, Node.Scalar s) {
    int endLine = s.end().column() > 0 ? s.end().line() : s.end().line() - 1;
    endLine = Math.min(endLine, doc.lineCount() - 1);
    int header = s.start().line();
    if (endLine <= header) {
      return Math.max(header, endLine);
    }
    if (chomping(doc, s) == '+') {
      return endLine;
    }
    int l = endLine;
    while (l > header && doc.line(l).isEmpty()) {
      l--;
    }
    return l;
  }

  /** The chomping indicator of a block scalar's header: {@code +}, {@code -} or 0 (clip). */
  private static char chomping(TextDoc doc, Node.Scalar s) {
    String head = doc.line(s.start().line());
    int i = doc.offset(s.start().line(), s.start().column()) - doc.lineStart(s.start().line());
    while (i < head.length() && head.charAt(i) != '|' && head.charAt(i) != '>') {
      i++;
    }
    for (i++; i < head.length() && "+-0123456789".indexOf(head.charAt(i)) >= 0; i++) {
      if (head.charAt(i) == '+' || head.charAt(i) == '-') {
        return head.charAt(i);
      }
    }
    return 0;
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
