package io.rset.gotemplate.sprig;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoType;
import java.util.List;

/** slim-sprig's reflection functions (reflect.go) and deepEqual (Go's reflect.DeepEqual). */
final class SprigReflect {
  private SprigReflect() {}

  static List<GoFunction> functions(Limits limits) {
    return List.of(
        GoFunction.of("typeOf", GoType.STRING, List.of(GoType.INTERFACE), a -> typeOf(a[0])),
        GoFunction.of(
            "typeIs",
            GoType.BOOL,
            List.of(GoType.STRING, GoType.INTERFACE),
            a -> a[0].equals(typeOf(a[1]))),
        GoFunction.of(
            "typeIsLike",
            GoType.BOOL,
            List.of(GoType.STRING, GoType.INTERFACE),
            a -> {
              String t = typeOf(a[1]);
              return a[0].equals(t) || ("*" + a[0]).equals(t);
            }),
        GoFunction.of("kindOf", GoType.STRING, List.of(GoType.INTERFACE), a -> kindOf(a[0])),
        GoFunction.of(
            "kindIs",
            GoType.BOOL,
            List.of(GoType.STRING, GoType.INTERFACE),
            a -> a[0].equals(kindOf(a[1]))),
        GoFunction.of(
            "deepEqual",
            GoType.BOOL,
            List.of(GoType.INTERFACE, GoType.INTERFACE),
            a -> ReflectDeepEqual.deepEqual(a[0], a[1])));
  }

  /** fmt's %T: the type's name, {@code <nil>} for nil. */
  static String typeOf(Object v) {
    GoType t = GoType.of(v);
    return t == null ? "<nil>" : t.name();
  }

  /** reflect.ValueOf(v).Kind().String(): {@code invalid} for nil. */
  static String kindOf(Object v) {
    GoType t = GoType.of(v);
    return t == null ? "invalid" : t.kind().goName();
  }
}
