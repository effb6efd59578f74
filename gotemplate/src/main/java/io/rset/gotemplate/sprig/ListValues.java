package io.rset.gotemplate.sprig;

import io.rset.gotemplate.fmt.GoFmt;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.value.GoComplex;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoMap;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import io.rset.gotemplate.value.Values;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What sprig's list and dict functions need from Go's reflect: the kind of a value (for their error
 * texts), the items of a slice, {@code reflect.DeepEqual}, and sprig's {@code strval}.
 */
final class ListValues {
  private ListValues() {}

  /** Go's panic text when sprig calls {@code reflect.TypeOf(nil).Kind()}. */
  static final String NIL_DEREFERENCE =
      "runtime error: invalid memory address or nil pointer dereference";

  /** The reflect.Kind name of a non-nil value ({@code string}, {@code map}, {@code int64}...). */
  static String kind(Object v) {
    return GoType.of(v).kind().goName();
  }

  /**
   * The items of a slice value, as sprig's {@code reflect.TypeOf(list).Kind()} switch sees them.
   *
   * @param format the error text for a non-slice value, with {@code %s} for its kind
   * @throws FuncException the nil dereference panic for nil, the formatted error otherwise
   */
  static List<Object> items(Object list, String format) throws FuncException {
    if (list == null) {
      throw new FuncException(NIL_DEREFERENCE);
    }
    List<Object> items = Values.asList(list);
    if (items == null) {
      throw new FuncException(format.replace("%s", kind(list)));
    }
    return items;
  }

  /** Go's {@code reflect.DeepEqual} over template values. */
  static boolean deepEqual(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (!GoType.of(a).equals(GoType.of(b))) {
      return false;
    }
    if (a instanceof TypedNil || b instanceof TypedNil) {
      // A nil slice or map differs from a non-nil empty one; nil pointers of one type are equal.
      return a instanceof TypedNil && b instanceof TypedNil;
    }
    if (a instanceof Double x) {
      return x.doubleValue() == (Double) b; // NaN != NaN, 0 == -0
    }
    if (a instanceof GoComplex x) {
      GoComplex y = (GoComplex) b;
      return x.real() == y.real() && x.imag() == y.imag();
    }
    if (a instanceof List<?> || a instanceof GoSlice) {
      if (a == b) {
        return true;
      }
      List<Object> x = Values.asList(a);
      List<Object> y = Values.asList(b);
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!deepEqual(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map<?, ?> || a instanceof GoMap) {
      if (a == b) {
        return true;
      }
      Map<String, Object> x = Values.asMap(a);
      Map<String, Object> y = Values.asMap(b);
      if (x.size() != y.size()) {
        return false;
      }
      for (Map.Entry<String, Object> e : x.entrySet()) {
        if (!y.containsKey(e.getKey()) || !deepEqual(e.getValue(), y.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /**
   * sprig's strval: a string as is, a byte slice as its bytes, anything else as {@code %v} prints
   * it (time.Time's String method is its %v form).
   */
  static String strval(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v == null) {
      return "<nil>";
    }
    if (v instanceof Long || v instanceof GoInt || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof GoSlice s && s.goType().equals(GoType.SLICE_BYTE)) {
      byte[] bytes = new byte[s.items().size()];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) ((GoInt) s.items().get(i)).value();
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
    return GoFmt.formatValue(v);
  }
}
