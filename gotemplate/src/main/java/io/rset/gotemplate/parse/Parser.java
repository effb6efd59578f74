package io.rset.gotemplate.parse;

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
   * @throws io.rset.gotemplate.ParseException with Go's exact text
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
    new TreeParser(parseName, parseName, text, lexer, isFunction, treeSet).parseTopLevel();
    return treeSet;
  }
}
