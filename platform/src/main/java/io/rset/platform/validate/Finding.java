package io.rset.platform.validate;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One problem found in a platform directory.
 *
 * @param rule the rule that found it
 * @param severity its severity (the rule's default, or raised by {@code --strict})
 * @param file the file it is in, or null when it concerns no file
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong, naming the objects involved
 * @param fix what to change, in one sentence
 */
public record Finding(
    Rule rule, Severity severity, Path file, int line, int column, String message, String fix) {
  /** The report order: file, line, column, code, message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.file() == null ? "" : f.file().toString())
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(f -> f.rule().code())
          .thenComparing(Finding::message);

  /** A finding with the rule's default severity. */
  public static Finding of(Rule rule, Location at, String message, String fix) {
    return new Finding(rule, rule.severity(), at.file(), at.line(), at.column(), message, fix);
  }

  /** {@code file:line:column}, {@code file} or empty, as known. */
  public String location() {
    if (file == null) {
      return "";
    }
    return line > 0 ? file + ":" + line + ":" + column : file.toString();
  }

  /** This finding with another severity. */
  public Finding withSeverity(Severity s) {
    return new Finding(rule, s, file, line, column, message, fix);
  }
}
