package io.rset.gotemplate.flux;

/**
 * A port of the parts of go-yaml v2's emitter (libyaml's emitterc) that {@code yaml.Marshal} of a
 * decoded JSON value reaches: one implicit document holding block mappings and sequences, empty
 * collections in flow style ({@code {}} / {@code []}), and plain, single-quoted, double-quoted and
 * literal scalars, with indent 2 and line width 80. It is driven event by event like the original
 * state machine (no recursion), so nesting depth costs no stack.
 *
 * <p>Columns count code points, as the original counts UTF-8 characters; simple-key lengths count
 * UTF-8 bytes, as the original does.
 */
final class YamlEmitter {
  /** The scalar styles the encoder asks for. */
  enum Style {
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    LITERAL
  }

  /** Thrown when the output would exceed its size cap. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(null, null, false, false);
    }
  }

  private enum State {
    DOCUMENT_CONTENT,
    DOCUMENT_END,
    FLOW_SEQUENCE_FIRST_ITEM,
    FLOW_MAPPING_FIRST_KEY,
    BLOCK_SEQUENCE_FIRST_ITEM,
    BLOCK_SEQUENCE_ITEM,
    BLOCK_MAPPING_FIRST_KEY,
    BLOCK_MAPPING_KEY,
    BLOCK_MAPPING_SIMPLE_VALUE,
    BLOCK_MAPPING_VALUE,
    END
  }

  private enum Kind {
    SCALAR,
    SEQUENCE_START,
    SEQUENCE_END,
    MAPPING_START,
    MAPPING_END
  }

  private static final int BEST_INDENT = 2;
  private static final int BEST_WIDTH = 80;

  private final StringBuilder out;
  private final long maxChars;

  private int column;
  private boolean whitespace = true;
  private boolean indention = true;
  private int indent = -1;
  private int[] indents = new int[16];
  private int indentsLen;
  private int flowLevel;
  private State state = State.DOCUMENT_CONTENT;
  private State[] states = new State[16];
  private int statesLen;

  private boolean rootContext;
  private boolean mappingContext;
  private boolean simpleKeyContext;

  // The current event.
  private Kind kind;
  private boolean emptyCollection;
  private Style requestedStyle;

  // Analysis of the current scalar (yaml_emitter_analyze_scalar).
  private int[] value;
  private int valueBytes;
  private boolean multiline;
  private boolean flowPlainAllowed;
  private boolean blockPlainAllowed;
  private boolean singleQuotedAllowed;
  private boolean blockAllowed;
  private Style style;

  YamlEmitter(StringBuilder out, long maxChars) {
    this.out = out;
    this.maxChars = maxChars;
  }

  /** A scalar event; {@code cps} are its code points and {@code style} the encoder's request. */
  void scalar(int[] cps, Style requested) {
    kind = Kind.SCALAR;
    requestedStyle = requested;
    analyzeScalar(cps);
    run();
    if (out.length() > maxChars) {
      throw new TooLarge();
    }
  }

  void sequenceStart(boolean empty) {
    kind = Kind.SEQUENCE_START;
    emptyCollection = empty;
    run();
  }

  void sequenceEnd() {
    kind = Kind.SEQUENCE_END;
    run();
  }

  void mappingStart(boolean empty) {
    kind = Kind.MAPPING_START;
    emptyCollection = empty;
    run();
  }

  void mappingEnd() {
    kind = Kind.MAPPING_END;
    run();
  }

  /** The document end: the final line break. */
  void finish() {
    if (state != State.DOCUMENT_END) {
      throw new IllegalStateException("document not complete: " + state);
    }
    writeIndent();
    state = State.END;
  }

  // ---- state machine (yaml_emitter_state_machine) ----

  private void run() {
    switch (state) {
      case DOCUMENT_CONTENT -> {
        pushState(State.DOCUMENT_END);
        emitNode(true, false, false);
      }
      case FLOW_SEQUENCE_FIRST_ITEM -> emitFlowCollectionFirst('[', ']', Kind.SEQUENCE_END);
      case FLOW_MAPPING_FIRST_KEY -> emitFlowCollectionFirst('{', '}', Kind.MAPPING_END);
      case BLOCK_SEQUENCE_FIRST_ITEM -> emitBlockSequenceItem(true);
      case BLOCK_SEQUENCE_ITEM -> emitBlockSequenceItem(false);
      case BLOCK_MAPPING_FIRST_KEY -> emitBlockMappingKey(true);
      case BLOCK_MAPPING_KEY -> emitBlockMappingKey(false);
      case BLOCK_MAPPING_SIMPLE_VALUE -> emitBlockMappingValue(true);
      case BLOCK_MAPPING_VALUE -> emitBlockMappingValue(false);
      default -> throw new IllegalStateException("unexpected event in state " + state);
    }
  }

  /** Flow collections are only ever empty here: the start indicator, then the end one. */
  private void emitFlowCollectionFirst(char open, char close, Kind end) {
    writeIndicator(String.valueOf(open), true, true, false);
    increaseIndent(true, false);
    flowLevel++;
    if (kind != end) {
      throw new IllegalStateException("non-empty flow collection");
    }
    flowLevel--;
    indent = popIndent();
    writeIndicator(String.valueOf(close), false, false, false);
    state = popState();
  }

  private void emitBlockSequenceItem(boolean first) {
    if (first) {
      increaseIndent(false, mappingContext && !indention);
    }
    if (kind == Kind.SEQUENCE_END) {
      indent = popIndent();
      state = popState();
      return;
    }
    writeIndent();
    writeIndicator("-", true, false, true);
    pushState(State.BLOCK_SEQUENCE_ITEM);
    emitNode(false, false, false);
  }

  private void emitBlockMappingKey(boolean first) {
    if (first) {
      increaseIndent(false, false);
    }
    if (kind == Kind.MAPPING_END) {
      indent = popIndent();
      state = popState();
      return;
    }
    writeIndent();
    if (checkSimpleKey()) {
      pushState(State.BLOCK_MAPPING_SIMPLE_VALUE);
      emitNode(false, true, true);
      return;
    }
    writeIndicator("?", true, false, true);
    pushState(State.BLOCK_MAPPING_VALUE);
    emitNode(false, true, false);
  }

  private void emitBlockMappingValue(boolean simple) {
    if (simple) {
      writeIndicator(":", false, false, false);
    } else {
      writeIndent();
      writeIndicator(":", true, false, true);
    }
    pushState(State.BLOCK_MAPPING_KEY);
    emitNode(false, true, false);
  }

  private void emitNode(boolean root, boolean mapping, boolean simpleKey) {
    rootContext = root;
    mappingContext = mapping;
    simpleKeyContext = simpleKey;
    switch (kind) {
      case SCALAR -> emitScalar();
      case SEQUENCE_START ->
          state =
              flowLevel > 0 || emptyCollection
                  ? State.FLOW_SEQUENCE_FIRST_ITEM
                  : State.BLOCK_SEQUENCE_FIRST_ITEM;
      case MAPPING_START ->
          state =
              flowLevel > 0 || emptyCollection
                  ? State.FLOW_MAPPING_FIRST_KEY
                  : State.BLOCK_MAPPING_FIRST_KEY;
      default -> throw new IllegalStateException("expected a node, got " + kind);
    }
  }

  private void emitScalar() {
    selectScalarStyle();
    increaseIndent(true, false);
    processScalar();
    indent = popIndent();
    state = popState();
  }

  private boolean checkSimpleKey() {
    return switch (kind) {
      case SCALAR -> !multiline && valueBytes <= 128;
      case SEQUENCE_START, MAPPING_START -> emptyCollection;
      default -> false;
    };
  }

  private void selectScalarStyle() {
    Style s = requestedStyle;
    if (simpleKeyContext && multiline) {
      s = Style.DOUBLE_QUOTED;
    }
    if (s == Style.PLAIN) {
      if ((flowLevel > 0 && !flowPlainAllowed) || (flowLevel == 0 && !blockPlainAllowed)) {
        s = Style.SINGLE_QUOTED;
      }
      if (value.length == 0 && (flowLevel > 0 || simpleKeyContext)) {
        s = Style.SINGLE_QUOTED;
      }
    }
    if (s == Style.SINGLE_QUOTED && !singleQuotedAllowed) {
      s = Style.DOUBLE_QUOTED;
    }
    if (s == Style.LITERAL && (!blockAllowed || flowLevel > 0 || simpleKeyContext)) {
      s = Style.DOUBLE_QUOTED;
    }
    style = s;
  }

  private void processScalar() {
    switch (style) {
      case PLAIN -> writePlainScalar(!simpleKeyContext);
      case SINGLE_QUOTED -> writeSingleQuotedScalar(!simpleKeyContext);
      case DOUBLE_QUOTED -> writeDoubleQuotedScalar(!simpleKeyContext);
      case LITERAL -> writeLiteralScalar();
    }
  }

  // ---- scalar analysis (yaml_emitter_analyze_scalar) ----

  static boolean isBreak(int c) {
    return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  private static boolean isBlank(int c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isBlankz(int c) {
    return isBlank(c) || isBreak(c) || c == 0;
  }

  static boolean isPrintable(int c) {
    return c == 0x0A
        || (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }

  private void analyzeScalar(int[] v) {
    value = v;
    int n = v.length;
    int bytes = 0;
    for (int c : v) {
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    valueBytes = bytes;
    if (n == 0) {
      multiline = false;
      flowPlainAllowed = false;
      blockPlainAllowed = true;
      singleQuotedAllowed = true;
      blockAllowed = false;
      return;
    }
    boolean blockIndicators = false;
    boolean flowIndicators = false;
    boolean lineBreaks = false;
    boolean specialCharacters = false;
    boolean leadingSpace = false;
    boolean leadingBreak = false;
    boolean trailingSpace = false;
    boolean trailingBreak = false;
    boolean breakSpace = false;
    boolean spaceBreak = false;
    boolean previousSpace = false;
    boolean previousBreak = false;

    if (n >= 3
        && ((v[0] == '-' && v[1] == '-' && v[2] == '-')
            || (v[0] == '.' && v[1] == '.' && v[2] == '.'))) {
      blockIndicators = true;
      flowIndicators = true;
    }
    boolean precededByWhitespace = true;
    for (int i = 0; i < n; i++) {
      int c = v[i];
      boolean followedByWhitespace = i + 1 >= n || isBlank(v[i + 1]);
      if (i == 0) {
        switch (c) {
          case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> {
            flowIndicators = true;
            blockIndicators = true;
          }
          case '?', ':' -> {
            flowIndicators = true;
            if (followedByWhitespace) {
              blockIndicators = true;
            }
          }
          case '-' -> {
            if (followedByWhitespace) {
              flowIndicators = true;
              blockIndicators = true;
            }
          }
          default -> {}
        }
      } else {
        switch (c) {
          case ',', '?', '[', ']', '{', '}' -> flowIndicators = true;
          case ':' -> {
            flowIndicators = true;
            if (followedByWhitespace) {
              blockIndicators = true;
            }
          }
          case '#' -> {
            if (precededByWhitespace) {
              flowIndicators = true;
              blockIndicators = true;
            }
          }
          default -> {}
        }
      }
      if (!isPrintable(c)) {
        specialCharacters = true;
      }
      if (c == ' ') {
        if (i == 0) {
          leadingSpace = true;
        }
        if (i == n - 1) {
          trailingSpace = true;
        }
        if (previousBreak) {
          breakSpace = true;
        }
        previousSpace = true;
        previousBreak = false;
      } else if (isBreak(c)) {
        lineBreaks = true;
        if (i == 0) {
          leadingBreak = true;
        }
        if (i == n - 1) {
          trailingBreak = true;
        }
        if (previousSpace) {
          spaceBreak = true;
        }
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
      precededByWhitespace = isBlankz(c);
    }

    multiline = lineBreaks;
    flowPlainAllowed = true;
    blockPlainAllowed = true;
    singleQuotedAllowed = true;
    blockAllowed = true;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
      flowPlainAllowed = false;
      blockPlainAllowed = false;
    }
    if (trailingSpace) {
      blockAllowed = false;
    }
    if (breakSpace) {
      flowPlainAllowed = false;
      blockPlainAllowed = false;
      singleQuotedAllowed = false;
    }
    if (spaceBreak || specialCharacters) {
      flowPlainAllowed = false;
      blockPlainAllowed = false;
      singleQuotedAllowed = false;
      blockAllowed = false;
    }
    if (lineBreaks) {
      flowPlainAllowed = false;
      blockPlainAllowed = false;
    }
    if (flowIndicators) {
      flowPlainAllowed = false;
    }
    if (blockIndicators) {
      blockPlainAllowed = false;
    }
  }

  // ---- writers ----

  private void put(char c) {
    out.append(c);
    column++;
  }

  private void putBreak() {
    out.append('\n');
    column = 0;
  }

  private void write(int c) {
    out.appendCodePoint(c);
    column++;
  }

  private void writeBreak(int c) {
    if (c == '\n') {
      putBreak();
    } else {
      write(c);
      column = 0;
    }
  }

  private void increaseIndent(boolean flow, boolean indentless) {
    pushIndent(indent);
    if (indent < 0) {
      indent = flow ? BEST_INDENT : 0;
    } else if (!indentless) {
      indent += BEST_INDENT;
    }
  }

  private void writeIndent() {
    int ind = Math.max(indent, 0);
    if (!indention || column > ind || (column == ind && !whitespace)) {
      putBreak();
    }
    while (column < ind) {
      put(' ');
    }
    whitespace = true;
    indention = true;
  }

  private void writeIndicator(
      String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
    if (needWhitespace && !whitespace) {
      put(' ');
    }
    out.append(indicator);
    column += indicator.length();
    whitespace = isWhitespace;
    indention = indention && isIndention;
  }

  /**
   * A line break inside a plain or single-quoted scalar; the first of a run is doubled ('\n' folds
   * to a space otherwise).
   */
  private void writeScalarBreak(int c, boolean afterBreak) {
    if (!afterBreak && c == '\n') {
      putBreak();
    }
    writeBreak(c);
    indention = true;
  }

  private void writePlainScalar(boolean allowBreaks) {
    int[] v = value;
    if (!whitespace) {
      put(' ');
    }
    boolean spaces = false;
    boolean breaks = false;
    for (int i = 0; i < v.length; i++) {
      int c = v[i];
      if (c == ' ') {
        if (allowBreaks && !spaces && column > BEST_WIDTH && i + 1 < v.length && v[i + 1] != ' ') {
          writeIndent();
        } else {
          write(c);
        }
        spaces = true;
      } else if (isBreak(c)) {
        writeScalarBreak(c, breaks);
        breaks = true;
      } else {
        if (breaks) {
          writeIndent();
        }
        write(c);
        indention = false;
        spaces = false;
        breaks = false;
      }
    }
    whitespace = false;
    indention = false;
  }

  private void writeSingleQuotedScalar(boolean allowBreaks) {
    int[] v = value;
    writeIndicator("'", true, false, false);
    boolean spaces = false;
    boolean breaks = false;
    for (int i = 0; i < v.length; i++) {
      int c = v[i];
      if (c == ' ') {
        if (allowBreaks
            && !spaces
            && column > BEST_WIDTH
            && i > 0
            && i < v.length - 1
            && v[i + 1] != ' ') {
          writeIndent();
        } else {
          write(c);
        }
        spaces = true;
      } else if (isBreak(c)) {
        writeScalarBreak(c, breaks);
        breaks = true;
      } else {
        if (breaks) {
          writeIndent();
        }
        if (c == '\'') {
          put('\'');
        }
        write(c);
        indention = false;
        spaces = false;
        breaks = false;
      }
    }
    writeIndicator("'", false, false, false);
    whitespace = false;
    indention = false;
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private void writeDoubleQuotedScalar(boolean allowBreaks) {
    int[] v = value;
    // go-yaml's is_bom looks at the start of the value whatever the position: a value that
    // starts with U+FEFF has every character escaped.
    boolean bom = v.length > 0 && v[0] == 0xFEFF;
    writeIndicator("\"", true, false, false);
    boolean spaces = false;
    for (int i = 0; i < v.length; i++) {
      int c = v[i];
      if (!isPrintable(c) || bom || isBreak(c) || c == '"' || c == '\\') {
        put('\\');
        switch (c) {
          case 0x00 -> put('0');
          case 0x07 -> put('a');
          case 0x08 -> put('b');
          case 0x09 -> put('t');
          case 0x0A -> put('n');
          case 0x0B -> put('v');
          case 0x0C -> put('f');
          case 0x0D -> put('r');
          case 0x1B -> put('e');
          case 0x22 -> put('"');
          case 0x5C -> put('\\');
          case 0x85 -> put('N');
          case 0xA0 -> put('_');
          case 0x2028 -> put('L');
          case 0x2029 -> put('P');
          default -> {
            int w;
            if (c <= 0xFF) {
              put('x');
              w = 2;
            } else if (c <= 0xFFFF) {
              put('u');
              w = 4;
            } else {
              put('U');
              w = 8;
            }
            for (int k = (w - 1) * 4; k >= 0; k -= 4) {
              put(HEX[(c >> k) & 0x0F]);
            }
          }
        }
        spaces = false;
      } else if (c == ' ') {
        if (allowBreaks && !spaces && column > BEST_WIDTH && i > 0 && i < v.length - 1) {
          writeIndent();
          if (v[i + 1] == ' ') {
            put('\\');
          }
        } else {
          write(c);
        }
        spaces = true;
      } else {
        write(c);
        spaces = false;
      }
    }
    writeIndicator("\"", false, false, false);
    whitespace = false;
    indention = false;
  }

  private void writeBlockScalarHints() {
    int[] v = value;
    if (v[0] == ' ' || isBreak(v[0])) {
      writeIndicator(String.valueOf((char) ('0' + BEST_INDENT)), false, false, false);
    }
    String chomp = null;
    int last = v.length - 1;
    if (!isBreak(v[last])) {
      chomp = "-";
    } else if (last == 0) {
      chomp = "+";
    } else if (isBreak(v[last - 1])) {
      chomp = "+";
    }
    if (chomp != null) {
      writeIndicator(chomp, false, false, false);
    }
  }

  private void writeLiteralScalar() {
    int[] v = value;
    writeIndicator("|", true, false, false);
    writeBlockScalarHints();
    putBreak();
    indention = true;
    whitespace = true;
    boolean breaks = true;
    for (int c : v) {
      if (isBreak(c)) {
        writeBreak(c);
        indention = true;
        breaks = true;
      } else {
        if (breaks) {
          writeIndent();
        }
        write(c);
        indention = false;
        breaks = false;
      }
    }
  }

  // ---- stacks ----

  private void pushIndent(int i) {
    if (indentsLen == indents.length) {
      indents = java.util.Arrays.copyOf(indents, indentsLen * 2);
    }
    indents[indentsLen++] = i;
  }

  private int popIndent() {
    return indents[--indentsLen];
  }

  private void pushState(State s) {
    if (statesLen == states.length) {
      states = java.util.Arrays.copyOf(states, statesLen * 2);
    }
    states[statesLen++] = s;
  }

  private State popState() {
    return states[--statesLen];
  }
}
