package io.rset.gotemplate.sprig;

import static io.rset.gotemplate.sprig.RegexNode.CLASS_NL;
import static io.rset.gotemplate.sprig.RegexNode.DOT_NL;
import static io.rset.gotemplate.sprig.RegexNode.FOLD_CASE;
import static io.rset.gotemplate.sprig.RegexNode.NON_GREEDY;
import static io.rset.gotemplate.sprig.RegexNode.ONE_LINE;
import static io.rset.gotemplate.sprig.RegexNode.PERL_X;
import static io.rset.gotemplate.sprig.RegexNode.UNICODE_GROUPS;

import io.rset.gotemplate.sprig.RegexNode.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's regexp/syntax parser (Perl flags), ported in behaviour: the same accepted syntax, the same
 * tree shape where it matters for matching, and the same error codes and offending texts. The
 * pattern is scanned as a Java string; positions are char indices, runes are code points.
 */
final class RegexParser {
  private static final int MAX_REPEAT = 1000;
  private static final int MAX_HEIGHT = 1000;
  private static final long MAX_SIZE = (128L << 20) / 40;
  private static final long MAX_RUNES = (128L << 20) / 4;

  private final String whole;
  private int flags;
  private final List<RegexNode> stack = new ArrayList<>();
  private int numCap;
  private long numRunes;
  private final List<String> capNames = new ArrayList<>();

  private RegexParser(String whole, int flags) {
    this.whole = whole;
    this.flags = flags;
    capNames.add("");
  }

  /** The parse result: the tree, the number of capture groups and their names (index 0 = ""). */
  record Result(RegexNode root, int numCap, List<String> capNames) {}

  static Result parse(String s) throws RegexSyntaxError {
    RegexParser p = new RegexParser(s, RegexNode.PERL);
    RegexNode root = p.run();
    return new Result(root, p.numCap, List.copyOf(p.capNames));
  }

  // ---- the main loop ----

  private RegexNode run() throws RegexSyntaxError {
    String s = whole;
    int t = 0; // index into s of the unparsed rest
    int lastRepeatStart = -1; // where the previous token, if a repetition operator, began
    while (t < s.length()) {
      int repeatStart = -1;
      char c0 = s.charAt(t);
      switch (c0) {
        case '(' -> {
          if (t + 1 < s.length() && s.charAt(t + 1) == '?') {
            t = parsePerlFlags(t);
          } else {
            numCap++;
            capNames.add("");
            op(Op.LEFT_PAREN).cap = numCap;
            t++;
          }
        }
        case '|' -> {
          parseVerticalBar();
          t++;
        }
        case ')' -> {
          parseRightParen();
          t++;
        }
        case '^' -> {
          op((flags & ONE_LINE) != 0 ? Op.BEGIN_TEXT : Op.BEGIN_LINE);
          t++;
        }
        case '$' -> {
          op((flags & ONE_LINE) != 0 ? Op.END_TEXT : Op.END_LINE);
          t++;
        }
        case '.' -> {
          op((flags & DOT_NL) != 0 ? Op.ANY_CHAR : Op.ANY_CHAR_NOT_NL);
          t++;
        }
        case '[' -> t = parseClass(t);
        case '*', '+', '?' -> {
          Op op =
              switch (c0) {
                case '*' -> Op.STAR;
                case '+' -> Op.PLUS;
                default -> Op.QUEST;
              };
          int before = t;
          t = repeat(op, 0, 0, before, t + 1, lastRepeatStart);
          repeatStart = before;
        }
        case '{' -> {
          int before = t;
          int[] rep = parseRepeat(t);
          if (rep == null) {
            literal('{');
            t++;
            break;
          }
          int min = rep[0];
          int max = rep[1];
          int after = rep[2];
          if (min < 0 || min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && min > max)) {
            throw new RegexSyntaxError(
                RegexSyntaxError.INVALID_REPEAT_SIZE, s.substring(before, after));
          }
          t = repeat(Op.REPEAT, min, max, before, after, lastRepeatStart);
          repeatStart = before;
        }
        case '\\' -> t = parseBackslash(t);
        default -> {
          int c = nextRune(t);
          literal(c);
          t += Character.charCount(c);
        }
      }
      lastRepeatStart = repeatStart;
    }
    concat();
    if (swapVerticalBar()) {
      stack.remove(stack.size() - 1);
    }
    alternate();
    if (stack.size() != 1) {
      throw new RegexSyntaxError(RegexSyntaxError.MISSING_PAREN, whole);
    }
    return stack.get(0);
  }

  private int parseBackslash(int t) throws RegexSyntaxError {
    String s = whole;
    if ((flags & PERL_X) != 0 && t + 1 < s.length()) {
      switch (s.charAt(t + 1)) {
        case 'A' -> {
          op(Op.BEGIN_TEXT);
          return t + 2;
        }
        case 'b' -> {
          op(Op.WORD_BOUNDARY);
          return t + 2;
        }
        case 'B' -> {
          op(Op.NO_WORD_BOUNDARY);
          return t + 2;
        }
        case 'C' -> throw new RegexSyntaxError(RegexSyntaxError.INVALID_ESCAPE, "\\C");
        case 'Q' -> {
          int end = s.indexOf("\\E", t + 2);
          String lit = end < 0 ? s.substring(t + 2) : s.substring(t + 2, end);
          int next = end < 0 ? s.length() : end + 2;
          for (int i = 0; i < lit.length(); ) {
            int c = lit.codePointAt(i);
            if (Character.isSurrogate((char) c)) {
              throw new RegexSyntaxError(RegexSyntaxError.INVALID_UTF8, lit.substring(i));
            }
            literal(c);
            i += Character.charCount(c);
          }
          return next;
        }
        case 'z' -> {
          op(Op.END_TEXT);
          return t + 2;
        }
        default -> {
          // handled below
        }
      }
    }
    if (t + 1 < s.length() && (s.charAt(t + 1) == 'p' || s.charAt(t + 1) == 'P')) {
      RegexClasses.Builder b = new RegexClasses.Builder();
      int rest = parseUnicodeClass(t, b);
      if (rest >= 0) {
        pushClass(b.clean());
        return rest;
      }
    }
    if (t + 1 < s.length()) {
      RegexClasses.Group g = RegexClasses.perlGroup(s.charAt(t + 1));
      if (g != null && (flags & PERL_X) != 0) {
        RegexClasses.Builder b = new RegexClasses.Builder();
        appendGroup(b, g);
        pushClass(b.clean());
        return t + 2;
      }
    }
    long r = parseEscape(t);
    literal((int) (r >>> 32));
    return (int) r;
  }

  private void pushClass(int[] cls) throws RegexSyntaxError {
    RegexNode re = new RegexNode(Op.CHAR_CLASS, flags);
    re.runes = cls;
    push(re);
  }

  // ---- stack manipulation ----

  private RegexNode push(RegexNode re) throws RegexSyntaxError {
    numRunes += goRuneCount(re);
    if (re.op == Op.CHAR_CLASS && re.runes.length == 2 && re.runes[0] == re.runes[1]) {
      // A single rune.
      re.op = Op.LITERAL;
      re.runes = new int[] {re.runes[0]};
      re.flags = flags & ~FOLD_CASE;
    } else if (re.op == Op.CHAR_CLASS
        && ((re.runes.length == 4
                && re.runes[0] == re.runes[1]
                && re.runes[2] == re.runes[3]
                && RegexClasses.simpleFold(re.runes[0]) == re.runes[2]
                && RegexClasses.simpleFold(re.runes[2]) == re.runes[0])
            || (re.runes.length == 2
                && re.runes[0] + 1 == re.runes[1]
                && RegexClasses.simpleFold(re.runes[0]) == re.runes[1]
                && RegexClasses.simpleFold(re.runes[1]) == re.runes[0]))) {
      // A case-insensitive rune like [Aa].
      re.op = Op.LITERAL;
      re.runes = new int[] {re.runes[0]};
      re.flags = flags | FOLD_CASE;
    }
    checkLimits(re);
    stack.add(re);
    return re;
  }

  /**
   * The number of runes Go's node for re holds: Go merges adjacent literals into one string node,
   * so a concatenation of same-flag literals counts as its length. Go re-counts a node each time it
   * is pushed; so does this parser, which pushes at the same points.
   */
  private static long goRuneCount(RegexNode re) {
    switch (re.op) {
      case LITERAL:
      case CHAR_CLASS:
        return re.runes.length;
      case CONCAT:
        {
          int fold = -1;
          for (RegexNode sub : re.subs) {
            if (sub.op != Op.LITERAL || (fold >= 0 && fold != (sub.flags & FOLD_CASE))) {
              return 0;
            }
            fold = sub.flags & FOLD_CASE;
          }
          return re.subs.size();
        }
      default:
        return 0;
    }
  }

  /** Go's checkLimits: measures a new node and rejects too large or too deep expressions. */
  private void checkLimits(RegexNode re) throws RegexSyntaxError {
    re.measure();
    if (numRunes > MAX_RUNES || re.size > MAX_SIZE) {
      throw new RegexSyntaxError(RegexSyntaxError.LARGE, whole);
    }
    if (re.height > MAX_HEIGHT) {
      throw new RegexSyntaxError(RegexSyntaxError.NESTING_DEPTH, whole);
    }
  }

  private RegexNode op(Op op) throws RegexSyntaxError {
    return push(new RegexNode(op, flags));
  }

  private void literal(int r) throws RegexSyntaxError {
    if ((flags & FOLD_CASE) != 0) {
      r = RegexClasses.minFoldRune(r);
    }
    push(RegexNode.literal(r, flags));
  }

  private RegexNode top() {
    return stack.get(stack.size() - 1);
  }

  /**
   * Applies a repetition operator to the top of the stack. Returns the index after the operator
   * (and its non-greedy '?').
   */
  private int repeat(Op op, int min, int max, int before, int after, int lastRepeatStart)
      throws RegexSyntaxError {
    int fl = flags;
    if ((flags & PERL_X) != 0) {
      if (after < whole.length() && whole.charAt(after) == '?') {
        after++;
        fl ^= NON_GREEDY;
      }
      if (lastRepeatStart >= 0) {
        throw new RegexSyntaxError(
            RegexSyntaxError.INVALID_REPEAT_OP, whole.substring(lastRepeatStart, after));
      }
    }
    if (stack.isEmpty() || top().op.isPseudo()) {
      throw new RegexSyntaxError(
          RegexSyntaxError.MISSING_REPEAT_ARGUMENT, whole.substring(before, after));
    }
    RegexNode sub = top();
    RegexNode re = RegexNode.withSub(op, fl, sub);
    re.min = min;
    re.max = max;
    stack.set(stack.size() - 1, re);
    checkLimits(re);
    if (op == Op.REPEAT && (min >= 2 || max >= 2) && !repeatIsValid(re, MAX_REPEAT)) {
      throw new RegexSyntaxError(
          RegexSyntaxError.INVALID_REPEAT_SIZE, whole.substring(before, after));
    }
    return after;
  }

  private static boolean repeatIsValid(RegexNode re, int n) {
    if (re.op == Op.REPEAT) {
      int m = re.max;
      if (m == 0) {
        return true;
      }
      if (m < 0) {
        m = re.min;
      }
      if (m > n) {
        return false;
      }
      if (m > 0) {
        n /= m;
      }
    }
    for (RegexNode sub : re.subs) {
      if (!repeatIsValid(sub, n)) {
        return false;
      }
    }
    return true;
  }

  /** Replaces the top of the stack (above the topmost '|' or '(') with its concatenation. */
  private RegexNode concat() throws RegexSyntaxError {
    List<RegexNode> subs = popAbovePseudo();
    if (subs.isEmpty()) {
      return push(new RegexNode(Op.EMPTY_MATCH, flags));
    }
    return push(collapse(subs, Op.CONCAT));
  }

  /** Replaces the top of the stack (above the topmost '(') with its alternation. */
  private RegexNode alternate() throws RegexSyntaxError {
    List<RegexNode> subs = popAbovePseudo();
    if (subs.isEmpty()) {
      return push(new RegexNode(Op.NO_MATCH, flags));
    }
    return push(collapse(subs, Op.ALTERNATE));
  }

  /** Removes and returns the nodes above the topmost pseudo-operator ('|' or '(') of the stack. */
  private List<RegexNode> popAbovePseudo() {
    int i = stack.size();
    while (i > 0 && !stack.get(i - 1).op.isPseudo()) {
      i--;
    }
    List<RegexNode> top = stack.subList(i, stack.size());
    List<RegexNode> subs = new ArrayList<>(top);
    top.clear();
    return subs;
  }

  private RegexNode collapse(List<RegexNode> subs, Op op) {
    if (subs.size() == 1) {
      return subs.get(0);
    }
    RegexNode re = new RegexNode(op, flags);
    for (RegexNode sub : subs) {
      if (sub.op == op) {
        re.subs.addAll(sub.subs);
      } else {
        re.subs.add(sub);
      }
    }
    return re;
  }

  private void parseVerticalBar() throws RegexSyntaxError {
    concat();
    if (!swapVerticalBar()) {
      op(Op.VERTICAL_BAR);
    }
  }

  /** If the top is an element above a '|', swaps them and returns true. */
  private boolean swapVerticalBar() {
    int n = stack.size();
    if (n >= 2) {
      RegexNode re1 = stack.get(n - 1);
      RegexNode re2 = stack.get(n - 2);
      if (re2.op == Op.VERTICAL_BAR) {
        stack.set(n - 2, re1);
        stack.set(n - 1, re2);
        return true;
      }
    }
    return false;
  }

  private void parseRightParen() throws RegexSyntaxError {
    concat();
    if (swapVerticalBar()) {
      stack.remove(stack.size() - 1);
    }
    alternate();
    int n = stack.size();
    if (n < 2) {
      throw new RegexSyntaxError(RegexSyntaxError.UNEXPECTED_PAREN, whole);
    }
    RegexNode re1 = stack.remove(n - 1);
    RegexNode re2 = stack.remove(n - 2);
    if (re2.op != Op.LEFT_PAREN) {
      throw new RegexSyntaxError(RegexSyntaxError.UNEXPECTED_PAREN, whole);
    }
    flags = re2.flags;
    if (re2.cap == 0) {
      push(re1);
    } else {
      re2.op = Op.CAPTURE;
      re2.subs.add(re1);
      push(re2);
    }
  }

  // ---- pieces ----

  /** The code point at i; a lone surrogate is invalid UTF-8 (Go reports the rest of the text). */
  private int nextRune(int i) throws RegexSyntaxError {
    int c = whole.codePointAt(i);
    if (c >= 0xD800 && c <= 0xDFFF) {
      throw new RegexSyntaxError(RegexSyntaxError.INVALID_UTF8, whole.substring(i));
    }
    return c;
  }

  /** Parses {min}, {min,} or {min,max} at t: [min, max, after], or null if not of that form. */
  private int[] parseRepeat(int t) {
    String s = whole;
    if (t >= s.length() || s.charAt(t) != '{') {
      return null;
    }
    t++;
    int[] num = parseInt(t);
    if (num == null) {
      return null;
    }
    int min = num[0];
    int max;
    t = num[1];
    if (t >= s.length()) {
      return null;
    }
    if (s.charAt(t) != ',') {
      max = min;
    } else {
      t++;
      if (t >= s.length()) {
        return null;
      }
      if (s.charAt(t) == '}') {
        max = -1;
      } else {
        int[] m = parseInt(t);
        if (m == null) {
          return null;
        }
        max = m[0];
        t = m[1];
        if (max < 0) {
          min = -1;
        }
      }
    }
    if (t >= s.length() || s.charAt(t) != '}') {
      return null;
    }
    return new int[] {min, max, t + 1};
  }

  /** A decimal integer at t (no leading zeros): [value or -1 if too big, after], or null. */
  private int[] parseInt(int t) {
    String s = whole;
    if (t >= s.length() || s.charAt(t) < '0' || s.charAt(t) > '9') {
      return null;
    }
    if (t + 1 < s.length() && s.charAt(t) == '0' && isDigit(s.charAt(t + 1))) {
      return null;
    }
    int start = t;
    while (t < s.length() && isDigit(s.charAt(t))) {
      t++;
    }
    int n = 0;
    for (int i = start; i < t; i++) {
      if (n >= 100_000_000) {
        n = -1;
        break;
      }
      n = n * 10 + s.charAt(i) - '0';
    }
    return new int[] {n, t};
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Parses a flag group or named capture starting at "(?". Returns the index after it. */
  private int parsePerlFlags(int start) throws RegexSyntaxError {
    String s = whole;
    String t = s.substring(start);
    boolean startsWithP = t.length() > 4 && t.charAt(2) == 'P' && t.charAt(3) == '<';
    boolean startsWithName = t.length() > 3 && t.charAt(2) == '<';
    if (startsWithP || startsWithName) {
      int exprStart = startsWithP ? 4 : 3;
      int end = t.indexOf('>');
      if (end < 0) {
        checkUtf8(t);
        throw new RegexSyntaxError(RegexSyntaxError.INVALID_NAMED_CAPTURE, t);
      }
      String capture = t.substring(0, end + 1);
      String name = t.substring(exprStart, end);
      checkUtf8(name);
      if (!isValidCaptureName(name)) {
        throw new RegexSyntaxError(RegexSyntaxError.INVALID_NAMED_CAPTURE, capture);
      }
      numCap++;
      capNames.add(name);
      RegexNode re = op(Op.LEFT_PAREN);
      re.cap = numCap;
      re.name = name;
      return start + end + 1;
    }

    int i = start + 2;
    int fl = flags;
    int sign = 1;
    boolean sawFlag = false;
    loop:
    while (i < s.length()) {
      int c = nextRune(i);
      i += Character.charCount(c);
      switch (c) {
        case 'i' -> {
          fl |= FOLD_CASE;
          sawFlag = true;
        }
        case 'm' -> {
          fl &= ~ONE_LINE;
          sawFlag = true;
        }
        case 's' -> {
          fl |= DOT_NL;
          sawFlag = true;
        }
        case 'U' -> {
          fl |= NON_GREEDY;
          sawFlag = true;
        }
        case '-' -> {
          if (sign < 0) {
            break loop;
          }
          sign = -1;
          fl = ~fl;
          sawFlag = false;
        }
        case ':', ')' -> {
          if (sign < 0) {
            if (!sawFlag) {
              break loop;
            }
            fl = ~fl;
          }
          if (c == ':') {
            op(Op.LEFT_PAREN);
          }
          flags = fl;
          return i;
        }
        default -> {
          break loop;
        }
      }
    }
    throw new RegexSyntaxError(RegexSyntaxError.INVALID_PERL_OP, s.substring(start, i));
  }

  private void checkUtf8(String s) throws RegexSyntaxError {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (c >= 0xD800 && c <= 0xDFFF) {
        throw new RegexSyntaxError(RegexSyntaxError.INVALID_UTF8, s.substring(i));
      }
      i += Character.charCount(c);
    }
  }

  private static boolean isValidCaptureName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && !isAlnum(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlnum(int c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static int unhex(int c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /**
   * Parses the escape sequence at t (which holds a backslash). Returns the rune in the high 32 bits
   * and the index after the escape in the low 32 bits.
   */
  private long parseEscape(int t) throws RegexSyntaxError {
    String s = whole;
    int i = t + 1;
    if (i >= s.length()) {
      throw new RegexSyntaxError(RegexSyntaxError.TRAILING_BACKSLASH, "");
    }
    int c = nextRune(i);
    i += Character.charCount(c);
    switch (c) {
      case '1', '2', '3', '4', '5', '6', '7' -> {
        // A single non-zero digit is a backreference: not supported.
        if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '7') {
          break;
        }
        return octal(c, i);
      }
      case '0' -> {
        return octal(c, i);
      }
      case 'x' -> {
        if (i >= s.length()) {
          break;
        }
        c = nextRune(i);
        i += Character.charCount(c);
        if (c == '{') {
          int nhex = 0;
          int r = 0;
          while (true) {
            if (i >= s.length()) {
              throw new RegexSyntaxError(RegexSyntaxError.INVALID_ESCAPE, s.substring(t, i));
            }
            c = nextRune(i);
            i += Character.charCount(c);
            if (c == '}') {
              break;
            }
            int v = unhex(c);
            if (v < 0) {
              throw new RegexSyntaxError(RegexSyntaxError.INVALID_ESCAPE, s.substring(t, i));
            }
            r = r * 16 + v;
            if (r > RegexClasses.MAX_RUNE) {
              throw new RegexSyntaxError(RegexSyntaxError.INVALID_ESCAPE, s.substring(t, i));
            }
            nhex++;
          }
          if (nhex == 0) {
            break;
          }
          return pack(r, i);
        }
        int x = unhex(c);
        int y = -1;
        if (i < s.length()) {
          c = nextRune(i);
          i += Character.charCount(c);
          y = unhex(c);
        }
        if (x < 0 || y < 0) {
          break;
        }
        return pack(x * 16 + y, i);
      }
      case 'a' -> {
        return pack(7, i);
      }
      case 'f' -> {
        return pack('\f', i);
      }
      case 'n' -> {
        return pack('\n', i);
      }
      case 'r' -> {
        return pack('\r', i);
      }
      case 't' -> {
        return pack('\t', i);
      }
      case 'v' -> {
        return pack(0x0B, i);
      }
      default -> {
        if (c < 0x80 && !isAlnum(c)) {
          return pack(c, i);
        }
      }
    }
    throw new RegexSyntaxError(RegexSyntaxError.INVALID_ESCAPE, s.substring(t, i));
  }

  private long octal(int first, int i) {
    String s = whole;
    int r = first - '0';
    for (int k = 1; k < 3; k++) {
      if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '7') {
        break;
      }
      r = r * 8 + s.charAt(i) - '0';
      i++;
    }
    return pack(r, i);
  }

  private static long pack(int r, int i) {
    return ((long) r << 32) | (i & 0xFFFFFFFFL);
  }

  private void appendGroup(RegexClasses.Builder b, RegexClasses.Group g) {
    if ((flags & FOLD_CASE) == 0) {
      if (g.negated()) {
        b.addNegatedClass(g.cls());
      } else {
        b.addClass(g.cls());
      }
    } else {
      int[] tmp = new RegexClasses.Builder().addFoldedClass(g.cls()).clean();
      if (g.negated()) {
        b.addNegatedClass(tmp);
      } else {
        b.addClass(tmp);
      }
    }
  }

  /**
   * Parses \p{Name}, \pN, \P{Name} at t into b. Returns the index after it, or -1 if there is no
   * Unicode class at t (only when UnicodeGroups is off).
   */
  private int parseUnicodeClass(int t, RegexClasses.Builder b) throws RegexSyntaxError {
    String s = whole;
    if ((flags & UNICODE_GROUPS) == 0
        || t + 1 >= s.length()
        || s.charAt(t) != '\\'
        || (s.charAt(t + 1) != 'p' && s.charAt(t + 1) != 'P')) {
      return -1;
    }
    boolean negated = s.charAt(t + 1) == 'P';
    int i = t + 2;
    String seq;
    String name;
    int rest;
    if (i >= s.length() || s.charAt(i) != '{') {
      int end = i >= s.length() ? i : i + Character.charCount(nextRune(i));
      seq = s.substring(t, end);
      name = s.substring(i, end);
      rest = end;
    } else {
      int end = s.indexOf('}', t);
      if (end < 0) {
        checkUtf8(s.substring(t));
        throw new RegexSyntaxError(RegexSyntaxError.INVALID_CHAR_RANGE, s.substring(t));
      }
      seq = s.substring(t, end + 1);
      name = s.substring(t + 3, end);
      checkUtf8(name);
      rest = end + 1;
    }
    if (!name.isEmpty() && name.charAt(0) == '^') {
      negated = !negated;
      name = name.substring(1);
    }
    int[] tab = RegexClasses.unicodeTable(name);
    if (tab == null) {
      throw new RegexSyntaxError(RegexSyntaxError.INVALID_CHAR_RANGE, seq);
    }
    if ((flags & FOLD_CASE) != 0) {
      tab = new RegexClasses.Builder().addClass(tab).addFoldedClass(tab).clean();
    }
    if (negated) {
      b.addNegatedClass(tab);
    } else {
      b.addClass(tab);
    }
    return rest;
  }

  /** Parses a bracketed class starting at t; returns the index after it. */
  private int parseClass(int start) throws RegexSyntaxError {
    String s = whole;
    String wholeClass = s.substring(start);
    int t = start + 1;
    RegexClasses.Builder b = new RegexClasses.Builder();
    boolean negated = false;
    if (t < s.length() && s.charAt(t) == '^') {
      negated = true;
      t++;
      if ((flags & CLASS_NL) == 0) {
        b.add('\n', '\n');
      }
    }
    boolean first = true;
    while (t >= s.length() || s.charAt(t) != ']' || first) {
      first = false;
      // POSIX [:alnum:] etc.
      if (t + 2 < s.length() && s.charAt(t) == '[' && s.charAt(t + 1) == ':') {
        int close = s.indexOf(":]", t + 2);
        if (close >= 0) {
          String name = s.substring(t, close + 2);
          RegexClasses.Group g = RegexClasses.posixGroup(name);
          if (g == null) {
            throw new RegexSyntaxError(RegexSyntaxError.INVALID_CHAR_RANGE, name);
          }
          appendGroup(b, g);
          t = close + 2;
          continue;
        }
      }
      int nt = parseUnicodeClass(t, b);
      if (nt >= 0) {
        t = nt;
        continue;
      }
      if ((flags & PERL_X) != 0
          && t + 1 < s.length()
          && s.charAt(t) == '\\'
          && RegexClasses.perlGroup(s.charAt(t + 1)) != null) {
        appendGroup(b, RegexClasses.perlGroup(s.charAt(t + 1)));
        t += 2;
        continue;
      }
      int rng = t;
      long lo = parseClassChar(t, wholeClass);
      t = (int) lo;
      int loRune = (int) (lo >>> 32);
      int hiRune = loRune;
      if (t + 1 < s.length() && s.charAt(t) == '-' && s.charAt(t + 1) != ']') {
        t++;
        long hi = parseClassChar(t, wholeClass);
        t = (int) hi;
        hiRune = (int) (hi >>> 32);
        if (hiRune < loRune) {
          throw new RegexSyntaxError(RegexSyntaxError.INVALID_CHAR_RANGE, s.substring(rng, t));
        }
      }
      if ((flags & FOLD_CASE) == 0) {
        b.add(loRune, hiRune);
      } else {
        b.addFolded(loRune, hiRune);
      }
    }
    t++; // the ]
    int[] cls = b.clean();
    if (negated) {
      cls = RegexClasses.negate(cls);
    }
    RegexNode re = new RegexNode(Op.CHAR_CLASS, flags);
    re.runes = cls;
    push(re);
    return t;
  }

  private long parseClassChar(int t, String wholeClass) throws RegexSyntaxError {
    if (t >= whole.length()) {
      throw new RegexSyntaxError(RegexSyntaxError.MISSING_BRACKET, wholeClass);
    }
    if (whole.charAt(t) == '\\') {
      return parseEscape(t);
    }
    int c = nextRune(t);
    return pack(c, t + Character.charCount(c));
  }
}
