package io.rset.gotemplate.sprig;

import io.rset.gotemplate.sprig.RegexNode.Op;
import java.util.Arrays;

/**
 * A compiled Go regular expression program (Go's syntax.Prog): instructions in arrays, built by
 * Go's compiler rules, including the (f1+)? form of a star over a nullable body that keeps
 * leftmost-first priorities right (golang.org/issue/46123). Repetitions {n,m} are expanded as Go's
 * Simplify does.
 */
final class RegexProgram {
  static final byte FAIL = 0;
  static final byte ALT = 1;
  static final byte CAPTURE = 2;
  static final byte EMPTY = 3;
  static final byte MATCH = 4;
  static final byte NOP = 5;
  static final byte RUNE = 6;
  static final byte RUNE1 = 7;
  static final byte RUNE_ANY = 8;
  static final byte RUNE_ANY_NOT_NL = 9;

  static final int EMPTY_BEGIN_LINE = 1;
  static final int EMPTY_END_LINE = 2;
  static final int EMPTY_BEGIN_TEXT = 4;
  static final int EMPTY_END_TEXT = 8;
  static final int EMPTY_WORD_BOUNDARY = 16;
  static final int EMPTY_NO_WORD_BOUNDARY = 32;

  byte[] op = new byte[16];
  int[] out = new int[16];
  int[] arg = new int[16];
  int[][] runes = new int[16][];
  boolean[] fold = new boolean[16];
  int len;
  int start;

  /** Number of capture slots: 2 * (number of groups + 1). */
  int numCap = 2;

  private static final int[] ANY_RUNE_NOT_NL = {0, '\n' - 1, '\n' + 1, RegexClasses.MAX_RUNE};
  private static final int[] ANY_RUNE = {0, RegexClasses.MAX_RUNE};

  /** A fragment: first instruction, patch list head/tail (encoded l = pc<<1 | isArg), nullable. */
  private record Frag(int i, int head, int tail, boolean nullable) {}

  static RegexProgram compile(RegexNode re) {
    RegexProgram p = new RegexProgram();
    p.inst(FAIL);
    Frag f = p.compileNode(simplify(re));
    int m = p.inst(MATCH);
    p.patch(f.head, m);
    p.start = f.i;
    return p;
  }

  // ---- simplification (Go's Regexp.Simplify for repeats and idempotent operators) ----

  private static RegexNode simplify(RegexNode re) {
    switch (re.op) {
      case CAPTURE, CONCAT, ALTERNATE -> {
        RegexNode n = new RegexNode(re.op, re.flags);
        n.cap = re.cap;
        n.name = re.name;
        for (RegexNode s : re.subs) {
          n.subs.add(simplify(s));
        }
        return n;
      }
      case STAR, PLUS, QUEST -> {
        return simplify1(re.op, re.flags, simplify(re.subs.get(0)));
      }
      case REPEAT -> {
        if (re.min == 0 && re.max == 0) {
          return new RegexNode(Op.EMPTY_MATCH, re.flags);
        }
        RegexNode sub = simplify(re.subs.get(0));
        if (re.max == -1) {
          if (re.min == 0) {
            return simplify1(Op.STAR, re.flags, sub);
          }
          if (re.min == 1) {
            return simplify1(Op.PLUS, re.flags, sub);
          }
          RegexNode n = new RegexNode(Op.CONCAT, re.flags);
          for (int i = 0; i < re.min - 1; i++) {
            n.subs.add(sub);
          }
          n.subs.add(simplify1(Op.PLUS, re.flags, sub));
          return n;
        }
        if (re.min == 1 && re.max == 1) {
          return sub;
        }
        RegexNode prefix = null;
        if (re.min > 0) {
          prefix = new RegexNode(Op.CONCAT, re.flags);
          for (int i = 0; i < re.min; i++) {
            prefix.subs.add(sub);
          }
        }
        if (re.max > re.min) {
          RegexNode suffix = simplify1(Op.QUEST, re.flags, sub);
          for (int i = re.min + 1; i < re.max; i++) {
            RegexNode nre2 = new RegexNode(Op.CONCAT, re.flags);
            nre2.subs.add(sub);
            nre2.subs.add(suffix);
            suffix = simplify1(Op.QUEST, re.flags, nre2);
          }
          if (prefix == null) {
            return suffix;
          }
          prefix.subs.add(suffix);
        }
        if (prefix != null) {
          return prefix;
        }
        return new RegexNode(Op.NO_MATCH, re.flags);
      }
      default -> {
        return re;
      }
    }
  }

  private static RegexNode simplify1(Op op, int flags, RegexNode sub) {
    if (sub.op == Op.EMPTY_MATCH) {
      return sub;
    }
    if (op == sub.op && (flags & RegexNode.NON_GREEDY) == (sub.flags & RegexNode.NON_GREEDY)) {
      return sub;
    }
    return RegexNode.withSub(op, flags, sub);
  }

  // ---- compilation ----

  private int inst(byte o) {
    if (len == op.length) {
      int n = len * 2;
      op = Arrays.copyOf(op, n);
      out = Arrays.copyOf(out, n);
      arg = Arrays.copyOf(arg, n);
      runes = Arrays.copyOf(runes, n);
      fold = Arrays.copyOf(fold, n);
    }
    op[len] = o;
    return len++;
  }

  private void patch(int l, int val) {
    while (l != 0) {
      int pc = l >>> 1;
      if ((l & 1) == 0) {
        l = out[pc];
        out[pc] = val;
      } else {
        l = arg[pc];
        arg[pc] = val;
      }
    }
  }

  private int[] append(int head1, int tail1, int head2, int tail2) {
    if (head1 == 0) {
      return new int[] {head2, tail2};
    }
    if (head2 == 0) {
      return new int[] {head1, tail1};
    }
    int pc = tail1 >>> 1;
    if ((tail1 & 1) == 0) {
      out[pc] = head2;
    } else {
      arg[pc] = head2;
    }
    return new int[] {head1, tail2};
  }

  private Frag compileNode(RegexNode re) {
    switch (re.op) {
      case NO_MATCH:
        return fail();
      case EMPTY_MATCH:
        return nop();
      case LITERAL:
        {
          Frag f = null;
          for (int r : re.runes) {
            Frag f1 = rune(new int[] {r}, re.flags);
            f = f == null ? f1 : cat(f, f1);
          }
          return f == null ? nop() : f;
        }
      case CHAR_CLASS:
        return rune(re.runes, re.flags);
      case ANY_CHAR_NOT_NL:
        return rune(ANY_RUNE_NOT_NL, 0);
      case ANY_CHAR:
        return rune(ANY_RUNE, 0);
      case BEGIN_LINE:
        return empty(EMPTY_BEGIN_LINE);
      case END_LINE:
        return empty(EMPTY_END_LINE);
      case BEGIN_TEXT:
        return empty(EMPTY_BEGIN_TEXT);
      case END_TEXT:
        return empty(EMPTY_END_TEXT);
      case WORD_BOUNDARY:
        return empty(EMPTY_WORD_BOUNDARY);
      case NO_WORD_BOUNDARY:
        return empty(EMPTY_NO_WORD_BOUNDARY);
      case CAPTURE:
        {
          Frag bra = cap(re.cap << 1);
          Frag sub = compileNode(re.subs.get(0));
          Frag ket = cap(re.cap << 1 | 1);
          return cat(cat(bra, sub), ket);
        }
      case STAR:
        return star(compileNode(re.subs.get(0)), (re.flags & RegexNode.NON_GREEDY) != 0);
      case PLUS:
        return plus(compileNode(re.subs.get(0)), (re.flags & RegexNode.NON_GREEDY) != 0);
      case QUEST:
        return quest(compileNode(re.subs.get(0)), (re.flags & RegexNode.NON_GREEDY) != 0);
      case CONCAT:
        {
          if (re.subs.isEmpty()) {
            return nop();
          }
          Frag f = null;
          for (RegexNode sub : re.subs) {
            Frag f1 = compileNode(sub);
            f = f == null ? f1 : cat(f, f1);
          }
          return f;
        }
      case ALTERNATE:
        {
          Frag f = fail();
          for (RegexNode sub : re.subs) {
            f = alt(f, compileNode(sub));
          }
          return f;
        }
      default:
        throw new IllegalStateException("regexp: unhandled case in compile: " + re.op);
    }
  }

  private Frag nop() {
    int i = inst(NOP);
    return new Frag(i, i << 1, i << 1, true);
  }

  private Frag fail() {
    return new Frag(0, 0, 0, false);
  }

  private Frag cap(int slot) {
    int i = inst(CAPTURE);
    arg[i] = slot;
    if (numCap < slot + 1) {
      numCap = slot + 1;
    }
    return new Frag(i, i << 1, i << 1, true);
  }

  private Frag cat(Frag f1, Frag f2) {
    if (f1.i == 0 || f2.i == 0) {
      return fail();
    }
    patch(f1.head, f2.i);
    return new Frag(f1.i, f2.head, f2.tail, f1.nullable && f2.nullable);
  }

  private Frag alt(Frag f1, Frag f2) {
    if (f1.i == 0) {
      return f2;
    }
    if (f2.i == 0) {
      return f1;
    }
    int i = inst(ALT);
    out[i] = f1.i;
    arg[i] = f2.i;
    int[] l = append(f1.head, f1.tail, f2.head, f2.tail);
    return new Frag(i, l[0], l[1], f1.nullable || f2.nullable);
  }

  private Frag quest(Frag f1, boolean nongreedy) {
    int head = altInto(f1, nongreedy);
    int[] l = append(head, head, f1.head, f1.tail);
    return new Frag(head >>> 1, l[0], l[1], true);
  }

  private Frag loop(Frag f1, boolean nongreedy) {
    int head = altInto(f1, nongreedy);
    int i = head >>> 1;
    patch(f1.head, i);
    return new Frag(i, head, head, true);
  }

  /**
   * A new ALT instruction with f1 on its preferred branch (the second one when nongreedy); returns
   * the patch-list entry of its other, still open branch (instruction index times 2, plus 1 for
   * arg).
   */
  private int altInto(Frag f1, boolean nongreedy) {
    int i = inst(ALT);
    if (nongreedy) {
      arg[i] = f1.i;
      return i << 1;
    }
    out[i] = f1.i;
    return i << 1 | 1;
  }

  private Frag star(Frag f1, boolean nongreedy) {
    if (f1.nullable) {
      return quest(plus(f1, nongreedy), nongreedy);
    }
    return loop(f1, nongreedy);
  }

  private Frag plus(Frag f1, boolean nongreedy) {
    Frag l = loop(f1, nongreedy);
    return new Frag(f1.i, l.head, l.tail, f1.nullable);
  }

  private Frag empty(int cond) {
    int i = inst(EMPTY);
    arg[i] = cond;
    return new Frag(i, i << 1, i << 1, true);
  }

  private Frag rune(int[] r, int flags) {
    int i = inst(RUNE);
    runes[i] = r;
    boolean f = (flags & RegexNode.FOLD_CASE) != 0;
    if (r.length != 1 || RegexClasses.simpleFold(r[0]) == r[0]) {
      f = false;
    }
    fold[i] = f;
    if (!f && (r.length == 1 || (r.length == 2 && r[0] == r[1]))) {
      op[i] = RUNE1;
      if (r.length == 2) {
        runes[i] = new int[] {r[0]};
      }
    } else if (r.length == 2 && r[0] == 0 && r[1] == RegexClasses.MAX_RUNE) {
      op[i] = RUNE_ANY;
    } else if (r.length == 4
        && r[0] == 0
        && r[1] == '\n' - 1
        && r[2] == '\n' + 1
        && r[3] == RegexClasses.MAX_RUNE) {
      op[i] = RUNE_ANY_NOT_NL;
    }
    return new Frag(i, i << 1, i << 1, false);
  }

  /** Whether the RUNE instruction pc matches r (Go's Inst.MatchRune). */
  boolean matchRune(int pc, int r) {
    int[] rs = runes[pc];
    if (rs.length == 1) {
      int r0 = rs[0];
      if (r == r0) {
        return true;
      }
      if (fold[pc]) {
        for (int r1 = RegexClasses.simpleFold(r0); r1 != r0; r1 = RegexClasses.simpleFold(r1)) {
          if (r == r1) {
            return true;
          }
        }
      }
      return false;
    }
    return RegexClasses.contains(rs, r);
  }

  /** The empty-width conditions every match must satisfy at its start (Go's StartCond). */
  int startCond() {
    int flag = 0;
    int pc = start;
    while (true) {
      switch (op[pc]) {
        case EMPTY -> flag |= arg[pc];
        case FAIL -> {
          return -1;
        }
        case CAPTURE, NOP -> {
          // follow
        }
        default -> {
          return flag;
        }
      }
      pc = out[pc];
    }
  }
}
