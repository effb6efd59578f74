package io.rset.gotemplate.sprig;

import static io.rset.gotemplate.sprig.RegexProgram.ALT;
import static io.rset.gotemplate.sprig.RegexProgram.CAPTURE;
import static io.rset.gotemplate.sprig.RegexProgram.EMPTY;
import static io.rset.gotemplate.sprig.RegexProgram.FAIL;
import static io.rset.gotemplate.sprig.RegexProgram.MATCH;
import static io.rset.gotemplate.sprig.RegexProgram.NOP;
import static io.rset.gotemplate.sprig.RegexProgram.RUNE;
import static io.rset.gotemplate.sprig.RegexProgram.RUNE1;
import static io.rset.gotemplate.sprig.RegexProgram.RUNE_ANY;
import static io.rset.gotemplate.sprig.RegexProgram.RUNE_ANY_NOT_NL;

import java.util.Arrays;

/**
 * Go's NFA matcher (a Pike VM) with leftmost-first semantics: time linear in the input times the
 * program size, no recursion over the input, memory bounded by the program size. Positions are Java
 * char indices; the input is walked by code points (a lone surrogate counts as U+FFFD).
 */
final class RegexMachine {
  private static final int END_OF_TEXT = -1;

  private final RegexProgram prog;
  private final int ncap;
  private final int startCond;
  private Queue q0;
  private Queue q1;
  private int[] matchcap;
  private boolean matched;
  // explicit stack for add(): entries are pc (>= 0) or ~slot (< 0) followed by the saved value
  private int[] stack = new int[64];

  /** A sparse set of pcs with a thread (capture array) per dense entry. */
  private static final class Queue {
    final int[] sparse;
    final int[] densePc;
    final int[][] denseCap;
    int size;

    Queue(int n) {
      sparse = new int[n];
      densePc = new int[n];
      denseCap = new int[n][];
    }

    boolean contains(int pc) {
      int j = sparse[pc];
      return j < size && densePc[j] == pc;
    }

    int add(int pc) {
      int j = size++;
      sparse[pc] = j;
      densePc[j] = pc;
      denseCap[j] = null;
      return j;
    }
  }

  RegexMachine(RegexProgram prog) {
    this.prog = prog;
    this.ncap = prog.numCap;
    this.startCond = prog.startCond();
    this.q0 = new Queue(prog.len);
    this.q1 = new Queue(prog.len);
    this.matchcap = new int[ncap];
  }

  private static boolean isWordChar(int r) {
    return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') || r == '_';
  }

  /** The empty-width conditions that hold between runes r1 (before) and r2 (after). */
  private static int emptyOpContext(int r1, int r2) {
    int op = 0;
    if (r1 < 0) {
      op |= RegexProgram.EMPTY_BEGIN_TEXT | RegexProgram.EMPTY_BEGIN_LINE;
    }
    if (r1 == '\n') {
      op |= RegexProgram.EMPTY_BEGIN_LINE;
    }
    if (r2 < 0) {
      op |= RegexProgram.EMPTY_END_TEXT | RegexProgram.EMPTY_END_LINE;
    }
    if (r2 == '\n') {
      op |= RegexProgram.EMPTY_END_LINE;
    }
    if (isWordChar(r1) != isWordChar(r2)) {
      op |= RegexProgram.EMPTY_WORD_BOUNDARY;
    } else {
      op |= RegexProgram.EMPTY_NO_WORD_BOUNDARY;
    }
    return op;
  }

  private static int runeAt(String s, int pos) {
    if (pos >= s.length()) {
      return END_OF_TEXT;
    }
    int c = s.codePointAt(pos);
    return (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : c;
  }

  private static int width(int r) {
    return r < 0 ? 0 : (r >= 0x10000 ? 2 : 1);
  }

  private static int runeBefore(String s, int pos) {
    if (pos <= 0) {
      return END_OF_TEXT;
    }
    int c = s.codePointBefore(pos);
    return (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : c;
  }

  /**
   * Finds the leftmost-first match in s starting the search at pos (context before pos is visible
   * to ^, \b). Returns the capture positions (-1 for unset) or null.
   */
  int[] match(String s, int pos) {
    if (startCond == -1) {
      return null;
    }
    matched = false;
    Arrays.fill(matchcap, -1);
    Queue runq = q0;
    Queue nextq = q1;
    runq.size = 0;
    nextq.size = 0;
    int r = runeAt(s, pos);
    int w = width(r);
    int r1 = r < 0 ? END_OF_TEXT : runeAt(s, pos + w);
    int w1 = width(r1);
    int flag = emptyOpContext(runeBefore(s, pos), r);
    int[] cap = new int[ncap];
    while (true) {
      if (runq.size == 0) {
        if ((startCond & RegexProgram.EMPTY_BEGIN_TEXT) != 0 && pos != 0) {
          break;
        }
        if (matched) {
          break;
        }
      }
      if (!matched && (pos == 0 || (startCond & RegexProgram.EMPTY_BEGIN_TEXT) == 0)) {
        Arrays.fill(cap, -1);
        cap[0] = pos;
        add(runq, prog.start, pos, cap, flag);
      }
      flag = emptyOpContext(r, r1);
      step(runq, nextq, pos, pos + w, r, flag);
      if (w == 0) {
        break;
      }
      pos += w;
      r = r1;
      w = w1;
      if (r != END_OF_TEXT) {
        r1 = runeAt(s, pos + w);
        w1 = width(r1);
      }
      Queue tmp = runq;
      runq = nextq;
      nextq = tmp;
    }
    nextq.size = 0;
    return matched ? matchcap.clone() : null;
  }

  private void step(Queue runq, Queue nextq, int pos, int nextPos, int c, int nextCond) {
    for (int j = 0; j < runq.size; j++) {
      int[] tcap = runq.denseCap[j];
      if (tcap == null) {
        continue;
      }
      int pc = runq.densePc[j];
      boolean add = false;
      switch (prog.op[pc]) {
        case MATCH -> {
          tcap[1] = pos;
          System.arraycopy(tcap, 0, matchcap, 0, ncap);
          // First-match mode: cut off all lower-priority threads.
          runq.size = 0;
          matched = true;
        }
        case RUNE -> add = c >= 0 && prog.matchRune(pc, c);
        case RUNE1 -> add = c == prog.runes[pc][0];
        case RUNE_ANY -> add = c >= 0;
        case RUNE_ANY_NOT_NL -> add = c >= 0 && c != '\n';
        default -> throw new IllegalStateException("bad inst");
      }
      if (add) {
        add(nextq, prog.out[pc], nextPos, tcap, nextCond);
      }
    }
    runq.size = 0;
  }

  /** Follows empty transitions from pc, adding runnable threads to q in priority order. */
  private void add(Queue q, int pc0, int pos, int[] cap, int cond) {
    int sp = 0;
    stack[sp++] = pc0;
    while (sp > 0) {
      int e = stack[--sp];
      if (e < 0) {
        // restore a capture slot
        int slot = ~e;
        cap[slot] = stack[--sp];
        continue;
      }
      int pc = e;
      while (true) {
        if (pc == 0 || q.contains(pc)) {
          break;
        }
        int j = q.add(pc);
        byte op = prog.op[pc];
        if (op == FAIL) {
          break;
        } else if (op == ALT) {
          sp = push(sp, prog.arg[pc]);
          pc = prog.out[pc];
        } else if (op == EMPTY) {
          if ((prog.arg[pc] & ~cond) != 0) {
            break;
          }
          pc = prog.out[pc];
        } else if (op == NOP) {
          pc = prog.out[pc];
        } else if (op == CAPTURE) {
          int slot = prog.arg[pc];
          if (slot < ncap) {
            sp = push(sp, cap[slot]);
            sp = push(sp, ~slot);
            cap[slot] = pos;
          }
          pc = prog.out[pc];
        } else {
          // MATCH or a rune instruction: a thread waits here.
          q.denseCap[j] = cap.clone();
          break;
        }
      }
    }
  }

  private int push(int sp, int v) {
    if (sp == stack.length) {
      stack = Arrays.copyOf(stack, sp * 2);
    }
    stack[sp] = v;
    return sp + 1;
  }
}
