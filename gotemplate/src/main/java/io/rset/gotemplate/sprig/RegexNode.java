package io.rset.gotemplate.sprig;

import java.util.ArrayList;
import java.util.List;

/** A node of a parsed Go (RE2) regular expression, as Go's regexp/syntax.Regexp. */
final class RegexNode {
  enum Op {
    NO_MATCH,
    EMPTY_MATCH,
    LITERAL,
    CHAR_CLASS,
    ANY_CHAR_NOT_NL,
    ANY_CHAR,
    BEGIN_LINE,
    END_LINE,
    BEGIN_TEXT,
    END_TEXT,
    WORD_BOUNDARY,
    NO_WORD_BOUNDARY,
    CAPTURE,
    STAR,
    PLUS,
    QUEST,
    REPEAT,
    CONCAT,
    ALTERNATE,
    // Pseudo-ops used only on the parse stack.
    LEFT_PAREN,
    VERTICAL_BAR;

    boolean isPseudo() {
      return this == LEFT_PAREN || this == VERTICAL_BAR;
    }
  }

  static final int FOLD_CASE = 1;
  static final int CLASS_NL = 1 << 2;
  static final int DOT_NL = 1 << 3;
  static final int ONE_LINE = 1 << 4;
  static final int NON_GREEDY = 1 << 5;
  static final int PERL_X = 1 << 6;
  static final int UNICODE_GROUPS = 1 << 7;

  /** Go's syntax.Perl flags, which regexp.Compile uses. */
  static final int PERL = CLASS_NL | ONE_LINE | PERL_X | UNICODE_GROUPS;

  Op op;
  int flags;

  /** For LITERAL: the single rune; for CHAR_CLASS: sorted, merged [lo, hi] pairs. */
  int[] runes;

  List<RegexNode> subs = new ArrayList<>(0);
  int min;
  int max;

  /** Capture index for CAPTURE (and LEFT_PAREN; 0 for a non-capturing group). */
  int cap;

  String name;

  RegexNode(Op op, int flags) {
    this.op = op;
    this.flags = flags;
  }

  static RegexNode literal(int r, int flags) {
    RegexNode n = new RegexNode(Op.LITERAL, flags);
    n.runes = new int[] {r};
    return n;
  }

  static RegexNode withSub(Op op, int flags, RegexNode sub) {
    RegexNode n = new RegexNode(op, flags);
    n.subs.add(sub);
    return n;
  }

  /** Height of the tree (a leaf has 1) and Go's estimate of its compiled size; see measure(). */
  int height = 1;

  long size = 1;

  /**
   * Computes height and size from the (already measured) subexpressions, as Go's calcHeight and
   * calcSize do, without recursion.
   */
  void measure() {
    int h = 1;
    for (RegexNode s : subs) {
      h = Math.max(h, 1 + s.height);
    }
    height = h;
    long sz =
        switch (op) {
          case LITERAL -> runes.length;
          case CAPTURE, STAR -> 2 + subs.get(0).size;
          case PLUS, QUEST -> 1 + subs.get(0).size;
          case CONCAT -> subs.stream().mapToLong(x -> x.size).sum();
          case ALTERNATE ->
              subs.stream().mapToLong(x -> x.size).sum() + Math.max(0, subs.size() - 1);
          case REPEAT -> {
            long sub = subs.get(0).size;
            if (max == -1) {
              yield min == 0 ? 2 + sub : 1 + min * sub;
            }
            yield max * sub + (max - min);
          }
          default -> 1;
        };
    size = Math.max(1, sz);
  }
}
