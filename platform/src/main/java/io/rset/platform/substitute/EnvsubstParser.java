package io.rset.platform.substitute;

import io.rset.platform.substitute.EnvsubstNode.Func;
import io.rset.platform.substitute.EnvsubstNode.Sequence;
import io.rset.platform.substitute.EnvsubstNode.Text;
import io.rset.platform.substitute.EnvsubstScanner.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser of fluxcd/pkg/envsubst/parse (parse.go), rule for rule. The top-level loop is
 * iterative (Go recurses once per token); nested {@code ${...}} inside operator arguments recurse,
 * up to {@link #MAX_DEPTH} levels.
 */
final class EnvsubstParser {
  static final String BAD_SUBSTITUTION = "bad substitution";
  static final String MISSING_CLOSING_BRACE = "missing closing brace";
  static final String PARSE_VARIABLE_NAME = "unable to parse variable name";
  static final String PARSE_FUNC_SUBSTITUTION = "unable to parse substitution within function";
  static final String PARSE_DEFAULT_FUNCTION = "unable to parse default function";

  /** Deepest nesting of {@code ${} inside operator arguments (Go has no limit but its stack). */
  static final int MAX_DEPTH = 1000;

  /** A parse error at a byte offset of the original text. */
  static final class ParseError extends Exception {
    private static final long serialVersionUID = 1L;
    final int byteOffset;

    ParseError(String message, int byteOffset) {
      super(message, null, false, false);
      this.byteOffset = byteOffset;
    }
  }

  private final EnvsubstScanner s;
  private int depth;

  /** Offset of the innermost {@code ${} being parsed, for error positions. */
  private int openOffset = -1;

  private EnvsubstParser(byte[] text) {
    this.s = new EnvsubstScanner(text);
  }

  static EnvsubstNode parse(byte[] text) throws ParseError {
    return new EnvsubstParser(text).parseAny();
  }

  private EnvsubstNode parseAny() throws ParseError {
    List<EnvsubstNode> nodes = new ArrayList<>();
    while (true) {
      s.accept = EnvsubstScanner::acceptRune;
      s.mode =
          EnvsubstScanner.SCAN_IDENT | EnvsubstScanner.SCAN_LBRACK | EnvsubstScanner.SCAN_ESCAPE;
      s.escapeChars = EnvsubstScanner.DOLLAR;
      Token t = s.scan();
      switch (t) {
        case IDENT -> nodes.add(new Text(s.string()));
        case EOF -> {
          return nodes.size() == 1 ? nodes.get(0) : new Sequence(nodes);
        }
        case LBRACK -> {
          openOffset = s.tokenOffset();
          nodes.add(parseFunc());
        }
        default -> throw error(BAD_SUBSTITUTION);
      }
    }
  }

  private EnvsubstNode parseFunc() throws ParseError {
    int offset = openOffset;
    if (++depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH + " levels");
    }
    try {
      return parseFunc(offset);
    } finally {
      depth--;
    }
  }

  private EnvsubstNode parseFunc(int offset) throws ParseError {
    s.escapeChars = EnvsubstScanner.ESCAPE_ALL;
    if (s.peek() == '#') {
      return parseLenFunc(offset);
    }
    s.accept = EnvsubstScanner::acceptIdent;
    s.mode = EnvsubstScanner.SCAN_IDENT;
    if (s.scan() != Token.IDENT) {
      throw error(PARSE_VARIABLE_NAME);
    }
    String name = s.string();
    switch (s.peek()) {
      case ':':
        return parseDefaultOrSubstr(name, offset);
      case '=':
        return parseDefaultFunc(name, offset);
      case ',', '^':
        return parseCasingFunc(name, offset);
      case '/':
        return parseReplaceFunc(name, offset);
      case '#':
        return parseRemoveFunc(name, EnvsubstScanner::acceptHashFunc, offset);
      case '%':
        return parseRemoveFunc(name, EnvsubstScanner::acceptPercentFunc, offset);
      default:
        break;
    }
    s.accept = EnvsubstScanner::acceptIdent;
    s.mode = EnvsubstScanner.SCAN_RBRACK;
    if (s.scan() == Token.RBRACK) {
      return new Func(name, "", List.of(), offset);
    }
    throw error(MISSING_CLOSING_BRACE);
  }

  private EnvsubstNode parseParam(EnvsubstScanner.Accept accept, int mode) throws ParseError {
    s.accept = accept;
    s.mode = mode | EnvsubstScanner.SCAN_LBRACK;
    switch (s.scan()) {
      case LBRACK:
        int outer = openOffset;
        openOffset = s.tokenOffset();
        EnvsubstNode n = parseFunc();
        openOffset = outer;
        return n;
      case IDENT, RBRACK:
        return new Text(s.string());
      default:
        throw error(PARSE_FUNC_SUBSTITUTION);
    }
  }

  private EnvsubstNode parseDefaultOrSubstr(String name, int offset) throws ParseError {
    s.read();
    int r = s.peek();
    s.unread();
    return switch (r) {
      case '=', '-', '?', '+' -> parseDefaultFunc(name, offset);
      default -> parseSubstrFunc(name, offset);
    };
  }

  private EnvsubstNode parseSubstrFunc(String name, int offset) throws ParseError {
    s.accept = EnvsubstScanner::acceptOneColon;
    s.mode = EnvsubstScanner.SCAN_IDENT;
    if (s.scan() != Token.IDENT) {
      throw error(BAD_SUBSTITUTION);
    }
    String op = s.string();
    List<EnvsubstNode> args = new ArrayList<>();
    args.add(parseParam(EnvsubstScanner::rejectColonClose, EnvsubstScanner.SCAN_IDENT));
    s.accept = EnvsubstScanner::acceptColon;
    s.mode = EnvsubstScanner.SCAN_IDENT | EnvsubstScanner.SCAN_RBRACK;
    switch (s.scan()) {
      case RBRACK:
        return new Func(name, op, args, offset);
      case IDENT:
        break;
      default:
        throw error(BAD_SUBSTITUTION);
    }
    args.add(parseParam(EnvsubstScanner::acceptNotClosing, EnvsubstScanner.SCAN_IDENT));
    consumeRbrack();
    return new Func(name, op, args, offset);
  }

  private EnvsubstNode parseRemoveFunc(String name, EnvsubstScanner.Accept accept, int offset)
      throws ParseError {
    s.accept = accept;
    s.mode = EnvsubstScanner.SCAN_IDENT;
    if (s.scan() != Token.IDENT) {
      throw error(BAD_SUBSTITUTION);
    }
    String op = s.string();
    List<EnvsubstNode> args = new ArrayList<>();
    args.add(parseParam(EnvsubstScanner::acceptNotClosing, EnvsubstScanner.SCAN_IDENT));
    consumeRbrack();
    return new Func(name, op, args, offset);
  }

  private EnvsubstNode parseReplaceFunc(String name, int offset) throws ParseError {
    s.accept = EnvsubstScanner::acceptReplaceFunc;
    s.mode = EnvsubstScanner.SCAN_IDENT;
    if (s.scan() != Token.IDENT) {
      throw error(BAD_SUBSTITUTION);
    }
    String op = s.string();
    List<EnvsubstNode> args = new ArrayList<>();
    args.add(
        parseParam(
            EnvsubstScanner::acceptNotSlash,
            EnvsubstScanner.SCAN_IDENT | EnvsubstScanner.SCAN_ESCAPE));
    s.accept = EnvsubstScanner::acceptSlash;
    s.mode = EnvsubstScanner.SCAN_IDENT;
    if (s.scan() != Token.IDENT) {
      throw error(BAD_SUBSTITUTION);
    }
    if (s.peek() == '}') {
      consumeRbrack();
      return new Func(name, op, args, offset);
    }
    args.add(
        parseParam(
            EnvsubstScanner::acceptNotClosing,
            EnvsubstScanner.SCAN_IDENT | EnvsubstScanner.SCAN_ESCAPE));
    consumeRbrack();
    return new Func(name, op, args, offset);
  }

  private EnvsubstNode parseDefaultFunc(String name, int offset) throws ParseError {
    s.accept = EnvsubstScanner::acceptDefaultFunc;
    if (s.peek() == '=') {
      s.accept = EnvsubstScanner::acceptOneEqual;
    }
    s.mode = EnvsubstScanner.SCAN_IDENT;
    if (s.scan() != Token.IDENT) {
      throw error(PARSE_DEFAULT_FUNCTION);
    }
    String op = s.string();
    List<EnvsubstNode> args = new ArrayList<>();
    while (true) {
      if (s.peek() == '}') {
        consumeRbrack();
        return new Func(name, op, args, offset);
      }
      args.add(parseParam(EnvsubstScanner::acceptNotClosing, EnvsubstScanner.SCAN_IDENT));
    }
  }

  private EnvsubstNode parseCasingFunc(String name, int offset) throws ParseError {
    s.accept = EnvsubstScanner::acceptCasingFunc;
    s.mode = EnvsubstScanner.SCAN_IDENT;
    if (s.scan() != Token.IDENT) {
      throw error(BAD_SUBSTITUTION);
    }
    String op = s.string();
    consumeRbrack();
    return new Func(name, op, List.of(), offset);
  }

  private EnvsubstNode parseLenFunc(int offset) throws ParseError {
    s.accept = EnvsubstScanner::acceptOneHash;
    s.mode = EnvsubstScanner.SCAN_IDENT;
    if (s.scan() != Token.IDENT) {
      throw error(BAD_SUBSTITUTION);
    }
    String op = s.string();
    s.accept = EnvsubstScanner::acceptIdent;
    s.mode = EnvsubstScanner.SCAN_IDENT;
    if (s.scan() != Token.IDENT) {
      throw error(BAD_SUBSTITUTION);
    }
    String param = s.string();
    consumeRbrack();
    return new Func(param, op, List.of(), offset);
  }

  private void consumeRbrack() throws ParseError {
    s.mode = EnvsubstScanner.SCAN_RBRACK;
    if (s.scan() != Token.RBRACK) {
      throw error(BAD_SUBSTITUTION);
    }
  }

  private ParseError error(String message) {
    return new ParseError(message, openOffset);
  }
}
