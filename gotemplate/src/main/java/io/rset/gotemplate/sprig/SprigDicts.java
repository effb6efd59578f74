package io.rset.gotemplate.sprig;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import io.rset.gotemplate.value.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * slim-sprig's dict functions over {@code map[string]interface {}}. Maps they build are mutable, as
 * {@code set} and {@code unset} modify their argument in place (as Go does) and return it. Where Go
 * iterates a map in random order ({@code keys}, {@code values}), keys are taken in sorted order.
 */
final class SprigDicts {
  private SprigDicts() {}

  private static final GoType I = GoType.INTERFACE;
  private static final GoType S = GoType.STRING;
  private static final GoType MAP = GoType.MAP_STRING_INTERFACE;
  private static final GoType LIST = GoType.SLICE_INTERFACE;

  static List<GoFunction> functions(Limits limits) {
    return List.of(
        GoFunction.variadic("dict", MAP, List.of(LIST), SprigDicts::dict),
        GoFunction.of("get", I, List.of(MAP, S), SprigDicts::get),
        GoFunction.of("set", MAP, List.of(MAP, S, I), SprigDicts::set),
        GoFunction.of("unset", MAP, List.of(MAP, S), SprigDicts::unset),
        GoFunction.of(
            "hasKey",
            GoType.BOOL,
            List.of(MAP, S),
            a -> a[0] != null && map(a[0]).containsKey(a[1])),
        GoFunction.variadic("pluck", LIST, List.of(S, GoType.sliceOf(MAP)), SprigDicts::pluck),
        GoFunction.variadic(
            "keys", GoType.SLICE_STRING, List.of(GoType.sliceOf(MAP)), SprigDicts::keys),
        GoFunction.variadic("pick", MAP, List.of(MAP, GoType.SLICE_STRING), SprigDicts::pick),
        GoFunction.variadic("omit", MAP, List.of(MAP, GoType.SLICE_STRING), SprigDicts::omit),
        GoFunction.of("values", LIST, List.of(MAP), SprigDicts::values),
        GoFunction.variadicErr("dig", I, List.of(LIST), SprigDicts::dig));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object m) {
    return (Map<String, Object>) m;
  }

  /** dict: keys are the strval of the even arguments; a missing last value is "". */
  private static Object dict(Object[] a) {
    Map<String, Object> d = new LinkedHashMap<>();
    for (int i = 0; i < a.length; i += 2) {
      String key = ListValues.strval(a[i]);
      d.put(key, i + 1 < a.length ? a[i + 1] : "");
    }
    return d;
  }

  /** get: the value, or "" when the key is absent (also for a nil map). */
  private static Object get(Object[] a) {
    if (a[0] == null) {
      return "";
    }
    Map<String, Object> d = map(a[0]);
    Object v = d.get(a[1]);
    return v != null || d.containsKey(a[1]) ? v : "";
  }

  /**
   * set: stores into the map itself. A map this engine holds read-only cannot be changed in place;
   * it is then copied, and the copy is returned.
   */
  private static Object set(Object[] a) throws FuncException {
    if (a[0] == null) {
      throw new FuncException("assignment to entry in nil map");
    }
    Map<String, Object> d = map(a[0]);
    try {
      d.put((String) a[1], a[2]);
      return d;
    } catch (UnsupportedOperationException e) {
      Map<String, Object> copy = new LinkedHashMap<>(d);
      copy.put((String) a[1], a[2]);
      return copy;
    }
  }

  /** unset: deletes from the map itself (a nil map stays nil); read-only maps as for set. */
  private static Object unset(Object[] a) {
    if (a[0] == null) {
      return null;
    }
    Map<String, Object> d = map(a[0]);
    if (!d.containsKey(a[1])) {
      return d;
    }
    try {
      d.remove(a[1]);
      return d;
    } catch (UnsupportedOperationException e) {
      Map<String, Object> copy = new LinkedHashMap<>(d);
      copy.remove(a[1]);
      return copy;
    }
  }

  private static Object pluck(Object[] a) {
    List<Object> res = new ArrayList<>();
    for (int i = 1; i < a.length; i++) {
      if (a[i] != null) {
        Map<String, Object> d = map(a[i]);
        if (d.containsKey(a[0])) {
          res.add(d.get(a[0]));
        }
      }
    }
    return res;
  }

  private static Object keys(Object[] a) {
    List<String> k = new ArrayList<>();
    for (Object d : a) {
      if (d != null) {
        k.addAll(Values.sortedKeys(map(d)));
      }
    }
    return GoSlice.ofStrings(k);
  }

  private static Object pick(Object[] a) {
    Map<String, Object> res = new LinkedHashMap<>();
    Map<String, Object> d = a[0] == null ? Map.of() : map(a[0]);
    for (int i = 1; i < a.length; i++) {
      if (d.containsKey(a[i])) {
        res.put((String) a[i], d.get(a[i]));
      }
    }
    return res;
  }

  private static Object omit(Object[] a) {
    Set<Object> omit = new HashSet<>();
    for (int i = 1; i < a.length; i++) {
      omit.add(a[i]);
    }
    Map<String, Object> res = new LinkedHashMap<>();
    if (a[0] != null) {
      for (Map.Entry<String, Object> e : map(a[0]).entrySet()) {
        if (!omit.contains(e.getKey())) {
          res.put(e.getKey(), e.getValue());
        }
      }
    }
    return res;
  }

  private static Object values(Object[] a) {
    List<Object> res = new ArrayList<>();
    if (a[0] != null) {
      Map<String, Object> d = map(a[0]);
      for (String k : Values.sortedKeys(d)) {
        res.add(d.get(k));
      }
    }
    return res;
  }

  /**
   * dig(keys..., default, dict): walks nested maps; the default when a key is absent. Go's type
   * assertions on the arguments and on intermediate values panic with their usual text.
   */
  private static Object dig(Object[] a) throws FuncException {
    if (a.length < 3) {
      throw new FuncException("dig needs at least three arguments");
    }
    Map<String, Object> dict = assertMap(a[a.length - 1]);
    Object def = a[a.length - 2];
    String[] ks = new String[a.length - 2];
    for (int i = 0; i < ks.length; i++) {
      if (!(a[i] instanceof String s)) {
        throw new FuncException(conversionError(a[i], "string"));
      }
      ks[i] = s;
    }
    for (int i = 0; ; i++) {
      if (dict == null || !dict.containsKey(ks[i])) {
        return def;
      }
      Object step = dict.get(ks[i]);
      if (i == ks.length - 1) {
        return step;
      }
      dict = assertMap(step);
    }
  }

  /** v.(map[string]interface {}); null stands for a nil map of that type. */
  private static Map<String, Object> assertMap(Object v) throws FuncException {
    if (v instanceof Map<?, ?>) {
      return map(v);
    }
    if (v instanceof TypedNil n && n.goType().equals(MAP)) {
      return null;
    }
    throw new FuncException(conversionError(v, MAP.name()));
  }

  private static String conversionError(Object v, String want) {
    String got = v == null ? "nil" : GoType.of(v).name();
    return "interface conversion: interface {} is " + got + ", not " + want;
  }
}
