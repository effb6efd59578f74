package io.rset.gotemplate.sprig;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoComplex;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoMap;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoTime;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import java.util.List;
import java.util.Map;

/**
 * slim-sprig's defaults functions (defaults.go): default, empty, coalesce, all, any, ternary; and
 * fail (functions.go).
 */
final class SprigDefaults {
  private SprigDefaults() {}

  static List<GoFunction> functions(Limits limits) {
    return List.of(
        // func dfault(d interface{}, given ...interface{}) interface{}
        GoFunction.variadic(
            "default",
            GoType.INTERFACE,
            List.of(GoType.INTERFACE, GoType.SLICE_INTERFACE),
            a -> a.length < 2 || empty(a[1]) ? a[0] : a[1]),
        GoFunction.of("empty", GoType.BOOL, List.of(GoType.INTERFACE), a -> empty(a[0])),
        GoFunction.variadic(
            "coalesce",
            GoType.INTERFACE,
            List.of(GoType.SLICE_INTERFACE),
            a -> {
              int i = indexOf(a, false);
              return i < 0 ? null : a[i];
            }),
        GoFunction.variadic(
            "all", GoType.BOOL, List.of(GoType.SLICE_INTERFACE), a -> indexOf(a, true) < 0),
        GoFunction.variadic(
            "any", GoType.BOOL, List.of(GoType.SLICE_INTERFACE), a -> indexOf(a, false) >= 0),
        GoFunction.of(
            "ternary",
            GoType.INTERFACE,
            List.of(GoType.INTERFACE, GoType.INTERFACE, GoType.BOOL),
            a -> (Boolean) a[2] ? a[0] : a[1]),
        // "fail": func(msg string) (string, error) { return "", errors.New(msg) }
        GoFunction.ofErr(
            "fail",
            GoType.STRING,
            List.of(GoType.STRING),
            a -> {
              throw new FuncException((String) a[0]);
            }));
  }

  /** The index of the first value whose {@link #empty} is the given one, or -1. */
  private static int indexOf(Object[] values, boolean isEmpty) {
    for (int i = 0; i < values.length; i++) {
      if (empty(values[i]) == isEmpty) {
        return i;
      }
    }
    return -1;
  }

  /**
   * sprig's empty: true for nil, zero numbers, false, empty strings, slices and maps, and nil
   * pointers; never for structs such as time.Time.
   */
  static boolean empty(Object v) {
    if (v == null || v instanceof TypedNil) {
      return true;
    }
    if (v instanceof String s) {
      return s.isEmpty();
    }
    if (v instanceof Boolean b) {
      return !b;
    }
    if (v instanceof Long l) {
      return l == 0;
    }
    if (v instanceof Double d) {
      return d == 0;
    }
    if (v instanceof GoInt i) {
      return i.value() == 0;
    }
    if (v instanceof GoComplex c) {
      return c.real() == 0 && c.imag() == 0;
    }
    if (v instanceof List<?> l) {
      return l.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return m.isEmpty();
    }
    if (v instanceof GoSlice s) {
      return s.items().isEmpty();
    }
    if (v instanceof GoMap m) {
      return m.entries().isEmpty();
    }
    if (v instanceof GoTime) {
      return false;
    }
    // Any other kind (pointers, functions) is empty when nil; non-nil values are not.
    return false;
  }
}
