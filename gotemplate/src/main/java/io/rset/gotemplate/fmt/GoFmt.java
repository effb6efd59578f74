package io.rset.gotemplate.fmt;

/** Go's fmt package over template values: %v printing, Sprint, Sprintln, Sprintf. */
public final class GoFmt {
  private GoFmt() {}

  /**
   * fmt.Sprint: operands formatted with %v, a space between two operands when neither is a string.
   */
  public static String sprint(Object... args) {
    throw new UnsupportedOperationException("TODO(fmt)");
  }

  /** fmt.Sprintln: operands formatted with %v, always space-separated, newline appended. */
  public static String sprintln(Object... args) {
    throw new UnsupportedOperationException("TODO(fmt)");
  }

  /** fmt.Sprintf with Go's verbs, flags, widths, precisions and %!verb(...) error forms. */
  public static String sprintf(String format, Object... args) {
    throw new UnsupportedOperationException("TODO(fmt)");
  }

  /** A single value formatted with %v (as fmt.Fprint prints one operand). */
  public static String formatValue(Object v) {
    throw new UnsupportedOperationException("TODO(fmt)");
  }

  /** Appends a single value formatted with %v; the executor's fast path for printing. */
  public static void appendValue(StringBuilder out, Object v) {
    throw new UnsupportedOperationException("TODO(fmt)");
  }

  /** The %T name of a value: the Go type name, {@code <nil>} for nil. */
  public static String typeName(Object v) {
    throw new UnsupportedOperationException("TODO(fmt)");
  }
}
