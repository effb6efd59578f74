package io.rset.gotemplate.fmt;

import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoType;

/**
 * Go's fmt package over template values: %v printing, Sprint, Sprintln, Sprintf — byte-identical to
 * Go 1.23 for every value of the engine's value model (see {@link GoType}).
 */
public final class GoFmt {
  private GoFmt() {}

  /**
   * fmt.Sprint: operands formatted with %v, a space between two operands when neither is a string.
   */
  public static String sprint(Object... args) {
    StringBuilder sb = new StringBuilder();
    new Printer(sb).doPrint(args);
    return sb.toString();
  }

  /** fmt.Sprintln: operands formatted with %v, always space-separated, newline appended. */
  public static String sprintln(Object... args) {
    StringBuilder sb = new StringBuilder();
    new Printer(sb).doPrintln(args);
    return sb.toString();
  }

  /** fmt.Sprintf with Go's verbs, flags, widths, precisions and %!verb(...) error forms. */
  public static String sprintf(String format, Object... args) {
    StringBuilder sb = new StringBuilder(format.length() + 16);
    new Printer(sb).doPrintf(format, args);
    return sb.toString();
  }

  /** A single value formatted with %v (as fmt.Fprint prints one operand). */
  public static String formatValue(Object v) {
    if (v instanceof String s) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    appendValue(sb, v);
    return sb.toString();
  }

  /** Appends a single value formatted with %v; the executor's fast path for printing. */
  public static void appendValue(StringBuilder out, Object v) {
    if (v instanceof String s) {
      out.append(s);
    } else if (v instanceof Long l) {
      out.append(l.longValue());
    } else if (v instanceof GoInt i) {
      if (i.goType().kind().isSignedInt()) {
        out.append(i.value());
      } else {
        out.append(Long.toUnsignedString(i.value()));
      }
    } else if (v instanceof Boolean b) {
      out.append(b.booleanValue() ? "true" : "false");
    } else if (v instanceof Double d) {
      GoStrconv.appendFloat(out, d, 'g', -1);
    } else if (v == null) {
      out.append("<nil>");
    } else {
      new Printer(out).printArg(v, 'v');
    }
  }

  /** The %T name of a value: the Go type name, {@code <nil>} for nil. */
  public static String typeName(Object v) {
    return v == null ? "<nil>" : GoType.of(v).name();
  }
}
