package io.rset.gotemplate.sprig;

/** A regular expression Go's regexp.Compile rejects; the message is Go's error text. */
final class RegexSyntaxError extends Exception {
  private static final long serialVersionUID = 1L;

  static final String INVALID_CHAR_CLASS = "invalid character class";
  static final String INVALID_CHAR_RANGE = "invalid character class range";
  static final String INVALID_ESCAPE = "invalid escape sequence";
  static final String INVALID_NAMED_CAPTURE = "invalid named capture";
  static final String INVALID_PERL_OP = "invalid or unsupported Perl syntax";
  static final String INVALID_REPEAT_OP = "invalid nested repetition operator";
  static final String INVALID_REPEAT_SIZE = "invalid repeat count";
  static final String INVALID_UTF8 = "invalid UTF-8";
  static final String MISSING_BRACKET = "missing closing ]";
  static final String MISSING_PAREN = "missing closing )";
  static final String MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
  static final String TRAILING_BACKSLASH = "trailing backslash at end of expression";
  static final String UNEXPECTED_PAREN = "unexpected )";
  static final String NESTING_DEPTH = "expression nests too deeply";
  static final String LARGE = "expression too large";

  /** A copy of a cached error (exceptions are not shared between callers). */
  RegexSyntaxError(RegexSyntaxError cached) {
    super(cached.getMessage(), null, false, false);
  }

  RegexSyntaxError(String code, String expr) {
    super("error parsing regexp: " + code + ": `" + expr + "`", null, false, false);
  }
}
