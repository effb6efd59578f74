package io.rset.operator.resourceset;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dependency's {@code readyExpr} (spec §4.3): parsed without type declarations (so syntax errors
 * show before any read) and evaluated with the object's top-level fields ({@code metadata}, {@code
 * status}, {@code spec}, {@code data}…) as variables. Options as the Flux Operator sets them:
 * homogeneous aggregate literals, UTC, cross-type numeric comparisons, optional types and the
 * strings, sets and encoders extensions.
 */
final class ReadyExpression {
  /** The built-in readiness of ResourceSets and input providers (spec §4.3). */
  static final String BUILT_IN =
      "status.conditions.filter(e, e.type == 'Ready').all(e, e.status == 'True' &&"
          + " e.observedGeneration == metadata.generation)";

  private static final CelOptions OPTIONS =
      CelOptions.current()
          .enableHomogeneousLiterals(true)
          .enableHeterogeneousNumericComparisons(true)
          .enableOptionalSyntax(true)
          .build();

  private static final Cel CEL =
      CelFactory.standardCelBuilder()
          .setOptions(OPTIONS)
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addCompilerLibraries(
              CelExtensions.optional(),
              CelExtensions.strings(),
              CelExtensions.sets(OPTIONS),
              CelExtensions.encoders(OPTIONS))
          .addRuntimeLibraries(
              CelExtensions.optional(),
              CelExtensions.strings(),
              CelExtensions.sets(OPTIONS),
              CelExtensions.encoders(OPTIONS))
          .build();

  /** A CEL parse error; the message lists the issues. */
  static final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    ParseException(String message) {
      super(message);
    }
  }

  /** An evaluation error, message worded as the Flux Operator words it. */
  static final class EvalException extends Exception {
    private static final long serialVersionUID = 1L;

    EvalException(String message) {
      super(message);
    }
  }

  /** Checkers by the set of variable names (the object's top-level keys). */
  private static final java.util.Map<java.util.Set<String>, dev.cel.compiler.CelCompiler> CHECKERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final String text;
  private final CelAbstractSyntaxTree ast;

  private ReadyExpression(String text, CelAbstractSyntaxTree ast) {
    this.text = text;
    this.ast = ast;
  }

  /**
   * Parses an expression.
   *
   * @throws ParseException {@code failed to parse the CEL expression '<expr>': <issues>}
   */
  static ReadyExpression parse(String text) throws ParseException {
    try {
      return new ReadyExpression(text, CEL.parse(text).getAst());
    } catch (CelValidationException e) {
      throw new ParseException(
          "failed to parse the CEL expression '" + text + "': " + e.getMessage());
    }
  }

  String text() {
    return text;
  }

  /**
   * Evaluates against an object (plain values).
   *
   * @throws EvalException {@code failed to evaluate the CEL expression '<expr>': <err>} or {@code
   *     failed to evaluate CEL expression as boolean: '<expr>'}
   */
  boolean evaluate(Map<String, Object> object) throws EvalException {
    Map<String, Object> vars = new LinkedHashMap<>(object);
    Object result;
    try {
      // cel-java runs checked expressions only: declare every top-level field as dyn, so an
      // absent field is an error, as an undeclared attribute is in the parse-only Go environment
      java.util.Set<String> names = new java.util.TreeSet<>(vars.keySet());
      dev.cel.compiler.CelCompiler checker =
          CHECKERS.computeIfAbsent(
              names,
              n -> {
                var b = CEL.toCompilerBuilder();
                n.forEach(v -> b.addVar(v, dev.cel.common.types.SimpleType.DYN));
                return b.build();
              });
      CelAbstractSyntaxTree checked = checker.check(ast).getAst();
      result = CEL.createProgram(checked).eval(vars);
    } catch (CelValidationException e) {
      throw new EvalException(
          "failed to evaluate the CEL expression '" + text + "': " + e.getMessage());
    } catch (CelEvaluationException e) {
      throw new EvalException(
          "failed to evaluate the CEL expression '" + text + "': " + e.getMessage());
    } catch (RuntimeException e) {
      throw new EvalException(
          "failed to evaluate the CEL expression '" + text + "': " + e.getMessage());
    }
    if (result instanceof Boolean b) {
      return b;
    }
    throw new EvalException("failed to evaluate CEL expression as boolean: '" + text + "'");
  }
}
