package io.rset.platform.substitute;

import io.rset.gotemplate.fmt.GoStrconv;
import io.rset.platform.substitute.EnvsubstNode.Func;
import io.rset.platform.substitute.EnvsubstNode.Sequence;
import io.rset.platform.substitute.EnvsubstNode.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Flux's variable substitution language, fluxcd/pkg/envsubst v1.7 (a fork of drone/envsubst), as
 * kustomize-controller runs it after a build: {@code ${var}}, the bash operators {@code
 * ${var:=default}}, {@code ${var:-default}}, {@code ${var=default}}, {@code ${#var}}, {@code
 * ${var^^}}, {@code ${var,}}, {@code ${var:offset:length}}, {@code ${var#glob}}, {@code
 * ${var%%glob}}, {@code ${var/old/new}}, {@code ${var//old/new}}, {@code ${var/#old/new}}, {@code
 * ${var/%old/new}}; {@code $$} is a literal {@code $} (so {@code $${var}} is the literal text
 * {@code ${var}}). A variable name is letters, digits and {@code _}. Errors carry Flux's messages.
 *
 * <p>Pure and thread-safe.
 */
public final class Envsubst {
  /** Go's {@code errVarNotSet}. */
  public static final String VARIABLE_NOT_SET = "variable not set (strict mode)";

  private Envsubst() {}

  /** How variables are looked up. */
  @FunctionalInterface
  public interface Lookup {
    /**
     * The value of {@code name}, or null when it is not set. In Flux's non-strict mode every
     * variable is set (to {@code ""} when undefined).
     */
    String get(String name);
  }

  /** Receives the undefined variables of a lenient evaluation. */
  @FunctionalInterface
  public interface MissingSink {
    /**
     * @param name the variable
     * @param offset character offset of its {@code ${} in the text
     */
    void missing(String name, int offset);
  }

  /**
   * Substitutes the variables of {@code text} ({@code envsubst.Eval}).
   *
   * @param lookup returns null for a variable that is not set; in strict mode that fails for a bare
   *     {@code ${var}} and the operators that read the value, not for the default operators
   * @throws EnvsubstException with Flux's message on a syntax error or an unset variable
   */
  public static String eval(String text, Lookup lookup) {
    return eval(text, lookup, null);
  }

  /**
   * As {@link #eval(String, Lookup)}, but an unset variable is reported to {@code sink} (when not
   * null) and evaluated as {@code ""} instead of failing, so that every undefined variable of a
   * text can be listed.
   */
  public static String eval(String text, Lookup lookup, MissingSink sink) {
    byte[] bytes = Utf8.bytes(text);
    EnvsubstNode root;
    try {
      root = EnvsubstParser.parse(bytes);
    } catch (EnvsubstParser.ParseError e) {
      throw new EnvsubstException(e.getMessage(), charOffset(bytes, e.byteOffset), null);
    }
    StringBuilder out = new StringBuilder(text.length());
    new Evaluator(bytes, lookup, sink).eval(root, out);
    return out.toString();
  }

  /**
   * Checks the syntax of {@code text} without evaluating it.
   *
   * @throws EnvsubstException on a syntax error
   */
  public static void parse(String text) {
    byte[] bytes = Utf8.bytes(text);
    try {
      EnvsubstParser.parse(bytes);
    } catch (EnvsubstParser.ParseError e) {
      throw new EnvsubstException(e.getMessage(), charOffset(bytes, e.byteOffset), null);
    }
  }

  /**
   * The names of every {@code ${...}} expression of {@code text}, in order, nested ones included
   * (duplicates kept).
   *
   * @throws EnvsubstException on a syntax error
   */
  public static List<String> variables(String text) {
    byte[] bytes = Utf8.bytes(text);
    EnvsubstNode root;
    try {
      root = EnvsubstParser.parse(bytes);
    } catch (EnvsubstParser.ParseError e) {
      throw new EnvsubstException(e.getMessage(), charOffset(bytes, e.byteOffset), null);
    }
    List<String> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(EnvsubstNode n, List<String> out) {
    if (n instanceof Func f) {
      for (EnvsubstNode a : f.args()) {
        collect(a, out);
      }
      out.add(f.param());
    } else if (n instanceof Sequence s) {
      for (EnvsubstNode c : s.nodes()) {
        collect(c, out);
      }
    }
  }

  static int charOffset(byte[] bytes, int byteOffset) {
    if (byteOffset < 0) {
      return -1;
    }
    return Utf8.string(bytes, 0, Math.min(byteOffset, bytes.length)).length();
  }

  /** The operators that handle an unset variable themselves ({@code isDefaultOp}). */
  static boolean isDefaultOp(String name) {
    return switch (name) {
      case "-", "+", "=", "?", ":-", ":+", ":=", ":?" -> true;
      default -> false;
    };
  }

  /** Template execution (template.go), args before the variable as in Go. */
  private record Evaluator(byte[] text, Lookup lookup, MissingSink sink) {
    void eval(EnvsubstNode n, StringBuilder out) {
      if (n instanceof Text t) {
        out.append(t.value());
      } else if (n instanceof Sequence s) {
        for (EnvsubstNode c : s.nodes()) {
          eval(c, out);
        }
      } else {
        out.append(evalFunc((Func) n));
      }
    }

    private String evalFunc(Func f) {
      List<String> args = new ArrayList<>(f.args().size());
      for (EnvsubstNode a : f.args()) {
        StringBuilder b = new StringBuilder();
        eval(a, b);
        args.add(b.toString());
      }
      String v = lookup.get(f.param());
      if (v == null && !isDefaultOp(f.name())) {
        int offset = charOffset(text, f.offset());
        if (sink == null) {
          throw new EnvsubstException(
              VARIABLE_NOT_SET + ": " + GoStrconv.quote(f.param()), offset, f.param());
        }
        sink.missing(f.param(), offset);
      }
      return EnvsubstFunctions.apply(f.name(), v == null ? "" : v, args);
    }
  }
}
