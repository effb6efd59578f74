package io.rset.gotemplate.func;

import io.rset.gotemplate.value.GoType;
import java.util.List;
import java.util.Objects;

/**
 * A template function with a Go signature. The executor checks and converts the arguments against
 * {@link #params()} exactly as Go's reflection-based call does (arity, {@code wrong type for value;
 * expected T; got U}, nil handling), so the body only sees values of the declared types: a {@code
 * string} parameter gets a {@link String}, an {@code int} parameter a {@link
 * io.rset.gotemplate.value.GoInt}, an {@code interface {}} parameter any value or null, a slice or
 * map parameter its value or null for nil.
 *
 * <p>The body receives the arguments flattened: for a variadic function the values of the variadic
 * part follow the fixed ones, each checked against the element type of the last parameter.
 *
 * <p>A body signals the error it returns, or a panic, by throwing {@link FuncException}. Any other
 * exception it throws is a bug; the executor still reports it as an error, never a crash.
 *
 * @param name the name the function is registered under
 * @param params parameter types; for a variadic function the last is the slice type
 * @param variadic whether the last parameter is variadic
 * @param result the declared result type (used for a null result: a nil of this type)
 * @param returnsError whether Go's function also returns an error (documentation only)
 * @param body the implementation
 */
public record GoFunction(
    String name,
    List<GoType> params,
    boolean variadic,
    GoType result,
    boolean returnsError,
    Body body) {

  /** A function implementation. */
  @FunctionalInterface
  public interface Body {
    Object call(Object[] args) throws FuncException;
  }

  public GoFunction {
    Objects.requireNonNull(name, "name");
    params = List.copyOf(params);
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(body, "body");
    if (variadic
        && (params.isEmpty() || params.get(params.size() - 1).kind() != GoType.Kind.SLICE)) {
      throw new IllegalArgumentException(
          "function " + name + ": the variadic parameter must have a slice type");
    }
  }

  /** A non-variadic function. */
  public static GoFunction of(String name, GoType result, List<GoType> params, Body body) {
    return new GoFunction(name, params, false, result, false, body);
  }

  /** A non-variadic function that returns (value, error) in Go. */
  public static GoFunction ofErr(String name, GoType result, List<GoType> params, Body body) {
    return new GoFunction(name, params, false, result, true, body);
  }

  /** A variadic function; the last of {@code params} is the slice type of the variadic part. */
  public static GoFunction variadic(String name, GoType result, List<GoType> params, Body body) {
    return new GoFunction(name, params, true, result, false, body);
  }

  /** A variadic function that returns (value, error) in Go. */
  public static GoFunction variadicErr(String name, GoType result, List<GoType> params, Body body) {
    return new GoFunction(name, params, true, result, true, body);
  }

  /** Number of fixed (non-variadic) parameters. */
  public int fixedParams() {
    return variadic ? params.size() - 1 : params.size();
  }
}
