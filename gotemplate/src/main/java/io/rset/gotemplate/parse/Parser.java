package io.rset.gotemplate.parse;

import io.rset.gotemplate.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** Parses template source into trees, as Go's text/template/parse does. */
public final class Parser {
  private Parser() {}

  /**
   * Parses text. Returns every tree the text defines, keyed by template name, including the
   * top-level one named parseName (Go's treeSet after Parse, with Go's rules for redefinition and
   * empty templates).
   *
   * @param isFunction whether a function name is defined (unknown names fail the parse)
   * @throws io.rset.gotemplate.ParseException with Go's exact text (or, for nesting so deep that
   *     Java's stack overflows, which Go would accept, {@code template: NAME: nesting too deep to
   *     parse})
   */
  public static Map<String, Tree> parse(
      String parseName,
      String text,
      String leftDelim,
      String rightDelim,
      Predicate<String> isFunction) {
    Map<String, Tree> treeSet = new LinkedHashMap<>();
    Lexer lexer =
        new Lexer(
            text,
            leftDelim,
            rightDelim,
            false,
            !isFunction.test("break"),
            !isFunction.test("continue"));
    try {
      new TreeParser(parseName, parseName, text, lexer, isFunction, treeSet).parseTopLevel();
    } catch (StackOverflowError e) {
      // Go has no nesting limit; Java's stack does. Fail cleanly instead of crashing.
      throw ParseException.raw(parseName, "template: " + parseName + ": nesting too deep to parse");
    }
    return treeSet;
  }
}
