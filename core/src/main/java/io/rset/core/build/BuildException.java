package io.rset.core.build;

/**
 * A ResourceSet build failure.
 *
 * <p>{@link #getMessage()} is exactly the text {@code flux-operator build rset} prints (spec §3.10,
 * §3.8, §1.2.2), so output can be compared with Go's. The location data Flux does not give — which
 * step, which {@code resources[i]} or the template, which input set, the template line and column
 * and that line's text — is kept separately; {@link #describe()} combines both for users.
 */
public final class BuildException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What was being built when the error happened. */
  public enum Part {
    /** The spec failed a code-level validation rule (§1.2.2). */
    VALIDATION,
    /** A {@code resources[i]} item. */
    RESOURCE,
    /** The {@code resourcesTemplate}. */
    TEMPLATE,
    /** The same object in two steps (§3.8). */
    DUPLICATE
  }

  private final String step;
  private final Part part;
  private final int resourceIndex;
  private final transient InputSet inputSet;
  private final int line;
  private final int column;
  private final String sourceLine;
  private final int outputLine;

  /**
   * @param message Go's exact text
   * @param step the step name, or null (no steps, or a spec-level problem)
   * @param part what was being built
   * @param resourceIndex the {@code resources} index for {@link Part#RESOURCE}, else -1
   * @param inputSet the input set being rendered, or null (no inputs, or not input-specific)
   * @param line 1-based template line, or 0 when unknown
   * @param column Go's 0-based byte column within the line, or -1 when unknown
   * @param sourceLine the text of the template line (or of the rendered output line for a decoding
   *     error), or null
   * @param outputLine 1-based line of the rendered output a decoding error refers to, or 0
   */
  public BuildException(
      String message,
      String step,
      Part part,
      int resourceIndex,
      InputSet inputSet,
      int line,
      int column,
      String sourceLine,
      int outputLine,
      Throwable cause) {
    super(message, cause);
    this.outputLine = outputLine;
    this.step = step;
    this.part = part;
    this.resourceIndex = resourceIndex;
    this.inputSet = inputSet;
    this.line = line;
    this.column = column;
    this.sourceLine = sourceLine;
  }

  static BuildException validation(String message) {
    return new BuildException(message, null, Part.VALIDATION, -1, null, 0, -1, null, 0, null);
  }

  /** The same failure with the Go step prefix and the step name recorded. */
  BuildException inStep(String stepName) {
    return new BuildException(
        "step " + quote(stepName) + ": " + getMessage(),
        stepName,
        part,
        resourceIndex,
        inputSet,
        line,
        column,
        sourceLine,
        outputLine,
        getCause());
  }

  public String step() {
    return step;
  }

  public Part part() {
    return part;
  }

  /** The {@code resources} index, or -1. */
  public int resourceIndex() {
    return resourceIndex;
  }

  /** The input set being rendered, or null. */
  public InputSet inputSet() {
    return inputSet;
  }

  /** 1-based template line, or 0. */
  public int line() {
    return line;
  }

  /** Go's 0-based byte column, or -1. */
  public int column() {
    return column;
  }

  /** 1-based line of the rendered output a decoding error refers to, or 0. */
  public int outputLine() {
    return outputLine;
  }

  /** The template line's text (for {@code resources[i]}: of the intermediate YAML), or null. */
  public String sourceLine() {
    return sourceLine;
  }

  /**
   * Where the error happened, e.g. {@code step "deploy", resources[1], input set #2 (id "abc"),
   * template line 3, column 10}; empty when nothing is known. Columns here are 1-based.
   */
  public String location() {
    StringBuilder b = new StringBuilder();
    if (step != null) {
      b.append("step ").append(quote(step));
    }
    if (part == Part.RESOURCE) {
      sep(b).append("resources[").append(resourceIndex).append(']');
    } else if (part == Part.TEMPLATE) {
      sep(b).append("resourcesTemplate");
    }
    if (inputSet != null) {
      sep(b).append(inputSet.describe());
    }
    if (line > 0) {
      sep(b).append("template line ").append(line);
      if (column >= 0) {
        b.append(", column ").append(column + 1);
      }
    }
    if (outputLine > 0) {
      sep(b).append("rendered output line ").append(outputLine);
    }
    return b.toString();
  }

  /** The location, Go's message and the offending template line, for users. */
  public String describe() {
    String where = location();
    StringBuilder b = new StringBuilder();
    if (!where.isEmpty()) {
      b.append(where).append(": ");
    }
    b.append(getMessage());
    if (sourceLine != null) {
      b.append("\n  | ").append(sourceLine);
    }
    return b.toString();
  }

  private static StringBuilder sep(StringBuilder b) {
    return b.isEmpty() ? b : b.append(", ");
  }

  private static String quote(String s) {
    return io.rset.gotemplate.fmt.GoStrconv.quote(s);
  }
}
