package io.rset.gotemplate.parse;

import io.rset.gotemplate.fmt.GoStrconv;

/**
 * A pull lexer for template source, a synchronous port of Go 1.23's text/template/parse lexer: each
 * {@link #nextItem()} runs the state machine until it produces one item. Positions are char indexes
 * into the input; lines are counted exactly as Go counts them (including Go's quirks, e.g. newlines
 * inside a comment are not counted).
 */
final class Lexer {
  private static final int EOF = -1;
  private static final String LEFT_COMMENT = "/*";
  private static final String RIGHT_COMMENT = "*/";
  private static final String SPACE_CHARS = " \t\r\n";
  private static final int TRIM_MARKER_LEN = 2;

  /** The lexer states; each step either moves to another state or emits an item (null). */
  private enum State {
    TEXT,
    LEFT_DELIM,
    COMMENT,
    RIGHT_DELIM,
    INSIDE_ACTION,
    SPACE,
    IDENTIFIER,
    FIELD,
    VARIABLE,
    CHAR,
    NUMBER,
    QUOTE,
    RAW_QUOTE
  }

  private String input;
  private final String leftDelim;
  private final String rightDelim;
  private final boolean emitComment;
  private final boolean breakOK;
  private final boolean continueOK;
  private int pos;
  private int start;
  private boolean atEOF;
  private int parenDepth;
  private int line = 1;
  private int startLine = 1;
  private Item item;
  private boolean insideAction;

  /**
   * @param leftDelim the left delimiter; null or empty means {@code {{}
   * @param rightDelim the right delimiter; null or empty means {@code }}}
   * @param emitComment whether comments are returned as items
   * @param breakOK whether {@code break} is a keyword
   * @param continueOK whether {@code continue} is a keyword
   */
  Lexer(
      String input,
      String leftDelim,
      String rightDelim,
      boolean emitComment,
      boolean breakOK,
      boolean continueOK) {
    this.input = input;
    this.leftDelim = leftDelim == null || leftDelim.isEmpty() ? "{{" : leftDelim;
    this.rightDelim = rightDelim == null || rightDelim.isEmpty() ? "}}" : rightDelim;
    this.emitComment = emitComment;
    this.breakOK = breakOK;
    this.continueOK = continueOK;
  }

  /** Returns the next item; after the end it keeps returning EOF (or the error it stopped at). */
  Item nextItem() {
    item = new Item(ItemType.EOF, pos, "EOF", startLine);
    State state = insideAction ? State.INSIDE_ACTION : State.TEXT;
    while (state != null) {
      state = step(state);
    }
    return item;
  }

  private State step(State s) {
    return switch (s) {
      case TEXT -> lexText();
      case LEFT_DELIM -> lexLeftDelim();
      case COMMENT -> lexComment();
      case RIGHT_DELIM -> lexRightDelim();
      case INSIDE_ACTION -> lexInsideAction();
      case SPACE -> lexSpace();
      case IDENTIFIER -> lexIdentifier();
      case FIELD -> lexFieldOrVariable(ItemType.FIELD);
      case VARIABLE -> lexVariable();
      case CHAR -> lexChar();
      case NUMBER -> lexNumber();
      case QUOTE -> lexQuote();
      case RAW_QUOTE -> lexRawQuote();
    };
  }

  // ---- primitives ----

  private int next() {
    if (pos >= input.length()) {
      atEOF = true;
      return EOF;
    }
    int r = input.codePointAt(pos);
    pos += Character.charCount(r);
    if (r == '\n') {
      line++;
    }
    return r;
  }

  private int peek() {
    int r = next();
    backup();
    return r;
  }

  private void backup() {
    if (!atEOF && pos > 0) {
      int r = input.codePointBefore(pos);
      pos -= Character.charCount(r);
      if (r == '\n') {
        line--;
      }
    }
  }

  private Item thisItem(ItemType t) {
    Item i = new Item(t, start, input.substring(start, pos), startLine);
    start = pos;
    startLine = line;
    return i;
  }

  private State emit(ItemType t) {
    item = thisItem(t);
    return null;
  }

  private State emitItem(Item i) {
    item = i;
    return null;
  }

  private void ignore() {
    line += countNewlines(start, pos);
    start = pos;
    startLine = line;
  }

  private int countNewlines(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (input.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private boolean accept(String valid) {
    int r = next();
    if (r >= 0 && valid.indexOf(r) >= 0) {
      return true;
    }
    backup();
    return false;
  }

  private void acceptRun(String valid) {
    int r;
    do {
      r = next();
    } while (r >= 0 && valid.indexOf(r) >= 0);
    backup();
  }

  private State errorf(String message) {
    item = new Item(ItemType.ERROR, start, message, startLine);
    start = 0;
    pos = 0;
    input = "";
    return null;
  }

  // ---- states ----

  private State lexText() {
    int x = input.indexOf(leftDelim, pos);
    if (x >= 0) {
      if (x > pos) {
        pos = x;
        int trimLength = 0;
        int delimEnd = pos + leftDelim.length();
        if (hasLeftTrimMarker(delimEnd)) {
          trimLength = rightTrimLength(start, pos);
        }
        pos -= trimLength;
        line += countNewlines(start, pos);
        Item i = thisItem(ItemType.TEXT);
        pos += trimLength;
        ignore();
        if (!i.val().isEmpty()) {
          return emitItem(i);
        }
      }
      return State.LEFT_DELIM;
    }
    pos = input.length();
    if (pos > start) {
      line += countNewlines(start, pos);
      return emit(ItemType.TEXT);
    }
    return emit(ItemType.EOF);
  }

  private int rightTrimLength(int from, int to) {
    int i = to;
    while (i > from && SPACE_CHARS.indexOf(input.charAt(i - 1)) >= 0) {
      i--;
    }
    return to - i;
  }

  private int leftTrimLength(int from) {
    int i = from;
    while (i < input.length() && SPACE_CHARS.indexOf(input.charAt(i)) >= 0) {
      i++;
    }
    return i - from;
  }

  private boolean hasLeftTrimMarker(int at) {
    return at + 1 < input.length() && input.charAt(at) == '-' && isSpace(input.charAt(at + 1));
  }

  private boolean hasRightTrimMarker(int at) {
    return at + 1 < input.length() && isSpace(input.charAt(at)) && input.charAt(at + 1) == '-';
  }

  /** Whether a right delimiter (possibly with trim marker) is at pos. */
  private boolean atRightDelim() {
    return atTrimmedRightDelim() || input.startsWith(rightDelim, pos);
  }

  private boolean atTrimmedRightDelim() {
    return hasRightTrimMarker(pos) && input.startsWith(rightDelim, pos + TRIM_MARKER_LEN);
  }

  private State lexLeftDelim() {
    pos += leftDelim.length();
    boolean trimSpace = hasLeftTrimMarker(pos);
    int afterMarker = trimSpace ? TRIM_MARKER_LEN : 0;
    if (input.startsWith(LEFT_COMMENT, pos + afterMarker)) {
      pos += afterMarker;
      ignore();
      return State.COMMENT;
    }
    Item i = thisItem(ItemType.LEFT_DELIM);
    insideAction = true;
    pos += afterMarker;
    ignore();
    parenDepth = 0;
    return emitItem(i);
  }

  private State lexComment() {
    pos += LEFT_COMMENT.length();
    int x = input.indexOf(RIGHT_COMMENT, pos);
    if (x < 0) {
      return errorf("unclosed comment");
    }
    pos = x + RIGHT_COMMENT.length();
    if (!atRightDelim()) {
      return errorf("comment ends before closing delimiter");
    }
    boolean trimSpace = atTrimmedRightDelim();
    Item i = thisItem(ItemType.COMMENT);
    if (trimSpace) {
      pos += TRIM_MARKER_LEN;
    }
    pos += rightDelim.length();
    if (trimSpace) {
      pos += leftTrimLength(pos);
    }
    ignore();
    if (emitComment) {
      return emitItem(i);
    }
    return State.TEXT;
  }

  private State lexRightDelim() {
    boolean trimSpace = atTrimmedRightDelim();
    if (trimSpace) {
      pos += TRIM_MARKER_LEN;
      ignore();
    }
    pos += rightDelim.length();
    Item i = thisItem(ItemType.RIGHT_DELIM);
    if (trimSpace) {
      pos += leftTrimLength(pos);
      ignore();
    }
    insideAction = false;
    return emitItem(i);
  }

  private State lexInsideAction() {
    if (atRightDelim()) {
      if (parenDepth == 0) {
        return State.RIGHT_DELIM;
      }
      return errorf("unclosed left paren");
    }
    int r = next();
    if (r == EOF) {
      return errorf("unclosed action");
    }
    if (isSpace(r)) {
      backup();
      return State.SPACE;
    }
    switch (r) {
      case '=':
        return emit(ItemType.ASSIGN);
      case ':':
        if (next() != '=') {
          return errorf("expected :=");
        }
        return emit(ItemType.DECLARE);
      case '|':
        return emit(ItemType.PIPE);
      case '"':
        return State.QUOTE;
      case '`':
        return State.RAW_QUOTE;
      case '$':
        return State.VARIABLE;
      case '\'':
        return State.CHAR;
      case '.':
        if (pos < input.length()) {
          char c = input.charAt(pos);
          if (c < '0' || '9' < c) {
            return State.FIELD;
          }
        }
        backup();
        return State.NUMBER;
      case '(':
        parenDepth++;
        return emit(ItemType.LEFT_PAREN);
      case ')':
        parenDepth--;
        if (parenDepth < 0) {
          return errorf("unexpected right paren");
        }
        return emit(ItemType.RIGHT_PAREN);
      default:
        break;
    }
    if (r == '+' || r == '-' || ('0' <= r && r <= '9')) {
      backup();
      return State.NUMBER;
    }
    if (isAlphaNumeric(r)) {
      backup();
      return State.IDENTIFIER;
    }
    if (r < 0x80 && GoStrconv.isPrint(r)) {
      return emit(ItemType.CHAR);
    }
    return errorf("unrecognized character in action: " + GoText.formatRune(r));
  }

  private State lexSpace() {
    int numSpaces = 0;
    while (isSpace(peek())) {
      next();
      numSpaces++;
    }
    if (hasRightTrimMarker(pos - 1) && input.startsWith(rightDelim, pos - 1 + TRIM_MARKER_LEN)) {
      backup();
      if (numSpaces == 1) {
        return State.RIGHT_DELIM;
      }
    }
    return emit(ItemType.SPACE);
  }

  private State lexIdentifier() {
    int r;
    do {
      r = next();
    } while (isAlphaNumeric(r));
    backup();
    String word = input.substring(start, pos);
    if (!atTerminator()) {
      return errorf("bad character " + GoText.formatRune(r));
    }
    ItemType key = ItemType.keyword(word);
    if (key != null) {
      if ((key == ItemType.BREAK && !breakOK) || (key == ItemType.CONTINUE && !continueOK)) {
        return emit(ItemType.IDENTIFIER);
      }
      return emit(key);
    }
    if (word.charAt(0) == '.') {
      return emit(ItemType.FIELD);
    }
    if (word.equals("true") || word.equals("false")) {
      return emit(ItemType.BOOL);
    }
    return emit(ItemType.IDENTIFIER);
  }

  private State lexVariable() {
    if (atTerminator()) {
      return emit(ItemType.VARIABLE);
    }
    return lexFieldOrVariable(ItemType.VARIABLE);
  }

  private State lexFieldOrVariable(ItemType typ) {
    if (atTerminator()) {
      return emit(typ == ItemType.VARIABLE ? ItemType.VARIABLE : ItemType.DOT);
    }
    int r;
    while (true) {
      r = next();
      if (!isAlphaNumeric(r)) {
        backup();
        break;
      }
    }
    if (!atTerminator()) {
      return errorf("bad character " + GoText.formatRune(r));
    }
    return emit(typ);
  }

  private boolean atTerminator() {
    int r = peek();
    if (isSpace(r)) {
      return true;
    }
    switch (r) {
      case EOF, '.', ',', '|', ':', ')', '(':
        return true;
      default:
        return input.startsWith(rightDelim, pos);
    }
  }

  private State lexChar() {
    return lexQuoted('\'', ItemType.CHAR_CONSTANT, "unterminated character constant");
  }

  /**
   * Scans to the closing quote of a quoted string or character constant (backslash escapes one
   * rune; a newline or the end of input is an error) and emits it as type.
   */
  private State lexQuoted(char quote, ItemType type, String unterminated) {
    while (true) {
      int r = next();
      if (r == '\\') {
        r = next();
        if (r != EOF && r != '\n') {
          continue;
        }
        return errorf(unterminated);
      }
      if (r == EOF || r == '\n') {
        return errorf(unterminated);
      }
      if (r == quote) {
        break;
      }
    }
    return emit(type);
  }

  private State lexNumber() {
    if (!scanNumber()) {
      return errorf("bad number syntax: " + GoStrconv.quote(input.substring(start, pos)));
    }
    int sign = peek();
    if (sign == '+' || sign == '-') {
      if (!scanNumber() || input.charAt(pos - 1) != 'i') {
        return errorf("bad number syntax: " + GoStrconv.quote(input.substring(start, pos)));
      }
      return emit(ItemType.COMPLEX);
    }
    return emit(ItemType.NUMBER);
  }

  private boolean scanNumber() {
    accept("+-");
    String digits = "0123456789_";
    if (accept("0")) {
      if (accept("xX")) {
        digits = "0123456789abcdefABCDEF_";
      } else if (accept("oO")) {
        digits = "01234567_";
      } else if (accept("bB")) {
        digits = "01_";
      }
    }
    acceptRun(digits);
    if (accept(".")) {
      acceptRun(digits);
    }
    if (digits.length() == 10 + 1 && accept("eE")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    if (digits.length() == 16 + 6 + 1 && accept("pP")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    accept("i");
    if (isAlphaNumeric(peek())) {
      next();
      return false;
    }
    return true;
  }

  private State lexQuote() {
    return lexQuoted('"', ItemType.STRING, "unterminated quoted string");
  }

  private State lexRawQuote() {
    while (true) {
      int r = next();
      if (r == EOF) {
        return errorf("unterminated raw quoted string");
      }
      if (r == '`') {
        break;
      }
    }
    return emit(ItemType.RAW_STRING);
  }

  private static boolean isSpace(int r) {
    return r == ' ' || r == '\t' || r == '\r' || r == '\n';
  }

  private static boolean isAlphaNumeric(int r) {
    return r == '_' || (r >= 0 && (Character.isLetter(r) || Character.isDigit(r)));
  }
}
