package io.rset.gotemplate.sprig;

import io.rset.gotemplate.value.GoInt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of template values under Go's {@code reflect.DeepEqual}, so that {@code uniq} and {@code
 * without} stay linear on long lists of scalars. Strings, booleans and integers are hashed (their
 * Java equality is DeepEqual, type included); floats too, with -0 folded into 0 and NaN never equal
 * to anything; lists, maps and other values are compared one by one.
 */
final class ListSet {
  private static final Object NIL = new Object();

  private final Set<Object> hashed = new HashSet<>();
  private final List<Object> others = new ArrayList<>();

  boolean contains(Object v) {
    if (v instanceof Double d && d.isNaN()) {
      return false;
    }
    Object key = key(v);
    if (key != null) {
      return hashed.contains(key);
    }
    for (Object o : others) {
      if (ListValues.deepEqual(v, o)) {
        return true;
      }
    }
    return false;
  }

  void add(Object v) {
    if (v instanceof Double d && d.isNaN()) {
      return; // no value is DeepEqual to NaN
    }
    Object key = key(v);
    if (key != null) {
      hashed.add(key);
    } else {
      others.add(v);
    }
  }

  /** The hash key of a scalar, or null for a value compared by DeepEqual alone. */
  private static Object key(Object v) {
    if (v == null) {
      return NIL;
    }
    if (v instanceof Double d) {
      return d == 0 ? (Object) 0.0 : d;
    }
    if (v instanceof String || v instanceof Long || v instanceof Boolean || v instanceof GoInt) {
      return v;
    }
    return null;
  }
}
