package io.rset.gotemplate.sprig;

import static io.rset.gotemplate.sprig.ListValues.items;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import io.rset.gotemplate.value.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * slim-sprig's list functions. They accept any slice value and build new {@code []interface {}}
 * lists; input lists are never modified (they may be immutable). A {@code mustX} function returns
 * the error that {@code x} panics with; both surface with the same text.
 */
final class SprigLists {
  private SprigLists() {}

  private static final GoType I = GoType.INTERFACE;
  private static final GoType LIST = GoType.SLICE_INTERFACE;
  private static final GoType CHUNKS = GoType.sliceOf(GoType.SLICE_INTERFACE);

  static List<GoFunction> functions(Limits limits) {
    List<GoFunction> fns = new ArrayList<>();
    fns.add(GoFunction.variadic("list", LIST, List.of(LIST), SprigLists::list));
    fns.add(GoFunction.variadic("tuple", LIST, List.of(LIST), SprigLists::list));
    for (String name : List.of("append", "push", "mustAppend", "mustPush")) {
      fns.add(fn(name, LIST, List.of(I, I), a -> push(a, limits)));
    }
    pair(fns, "prepend", LIST, List.of(I, I), a -> prepend(a, limits));
    pair(fns, "first", I, List.of(I), a -> end(a[0], true));
    pair(fns, "last", I, List.of(I), a -> end(a[0], false));
    pair(fns, "rest", LIST, List.of(I), a -> drop(a[0], true));
    pair(fns, "initial", LIST, List.of(I), a -> drop(a[0], false));
    pair(fns, "reverse", LIST, List.of(I), SprigLists::reverse);
    pair(fns, "uniq", LIST, List.of(I), SprigLists::uniq);
    pair(fns, "compact", LIST, List.of(I), SprigLists::compact);
    pair(fns, "chunk", CHUNKS, List.of(GoType.INT, I), SprigLists::chunk);
    for (String name : List.of("without", "mustWithout")) {
      fns.add(variadicFn(name, LIST, List.of(I, LIST), SprigLists::without));
    }
    fns.add(GoFunction.of("has", GoType.BOOL, List.of(I, I), SprigLists::has));
    fns.add(GoFunction.ofErr("mustHas", GoType.BOOL, List.of(I, I), SprigLists::has));
    fns.add(GoFunction.variadic("slice", I, List.of(I, LIST), SprigLists::slice));
    fns.add(GoFunction.variadicErr("mustSlice", I, List.of(I, LIST), SprigLists::slice));
    fns.add(GoFunction.variadic("concat", I, List.of(LIST), a -> concat(a, limits)));
    fns.add(GoFunction.of("sortAlpha", GoType.SLICE_STRING, List.of(I), a -> sortAlpha(a[0])));
    return fns;
  }

  /** Registers {@code name} (which panics) and {@code mustName} (which returns the error). */
  private static void pair(
      List<GoFunction> fns, String name, GoType result, List<GoType> params, GoFunction.Body b) {
    fns.add(GoFunction.of(name, result, params, b));
    String must = "must" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    fns.add(GoFunction.ofErr(must, result, params, b));
  }

  private static GoFunction fn(String name, GoType result, List<GoType> params, GoFunction.Body b) {
    return name.startsWith("must")
        ? GoFunction.ofErr(name, result, params, b)
        : GoFunction.of(name, result, params, b);
  }

  private static GoFunction variadicFn(
      String name, GoType result, List<GoType> params, GoFunction.Body b) {
    return name.startsWith("must")
        ? GoFunction.variadicErr(name, result, params, b)
        : GoFunction.variadic(name, result, params, b);
  }

  private static Object list(Object[] a) {
    return new ArrayList<>(Arrays.asList(a));
  }

  private static Object push(Object[] a, Limits limits) throws FuncException {
    List<Object> items = items(a[0], "Cannot push on type %s");
    checkSize(items.size() + 1L, limits);
    List<Object> l = new ArrayList<>(items.size() + 1);
    l.addAll(items);
    l.add(a[1]);
    return l;
  }

  private static Object prepend(Object[] a, Limits limits) throws FuncException {
    List<Object> items = items(a[0], "Cannot prepend on type %s");
    checkSize(items.size() + 1L, limits);
    List<Object> l = new ArrayList<>(items.size() + 1);
    l.add(a[1]);
    l.addAll(items);
    return l;
  }

  /** first / last: nil (no value) for an empty list. */
  private static Object end(Object list, boolean first) throws FuncException {
    List<Object> items =
        items(list, first ? "Cannot find first on type %s" : "Cannot find last on type %s");
    if (items.isEmpty()) {
      return null;
    }
    return items.get(first ? 0 : items.size() - 1);
  }

  /** rest / initial: a nil list for an empty list. */
  private static Object drop(Object list, boolean first) throws FuncException {
    List<Object> items =
        items(list, first ? "Cannot find rest on type %s" : "Cannot find initial on type %s");
    if (items.isEmpty()) {
      return null;
    }
    return new ArrayList<>(
        first ? items.subList(1, items.size()) : items.subList(0, items.size() - 1));
  }

  private static Object reverse(Object[] a) throws FuncException {
    List<Object> items = items(a[0], "Cannot find reverse on type %s");
    List<Object> l = new ArrayList<>(items.size());
    for (int i = items.size() - 1; i >= 0; i--) {
      l.add(items.get(i));
    }
    return l;
  }

  private static Object uniq(Object[] a) throws FuncException {
    List<Object> items = items(a[0], "Cannot find uniq on type %s");
    List<Object> dest = new ArrayList<>();
    ListSet seen = new ListSet();
    for (Object item : items) {
      if (!seen.contains(item)) {
        dest.add(item);
        seen.add(item);
      }
    }
    return dest;
  }

  /** compact drops the items sprig's {@code empty} considers empty (template falsiness). */
  private static Object compact(Object[] a) throws FuncException {
    List<Object> items = items(a[0], "Cannot compact on type %s");
    List<Object> l = new ArrayList<>();
    for (Object item : items) {
      if (Values.isTrue(item)) {
        l.add(item);
      }
    }
    return l;
  }

  private static Object without(Object[] a) throws FuncException {
    List<Object> items = items(a[0], "Cannot find without on type %s");
    ListSet omit = new ListSet();
    for (int i = 1; i < a.length; i++) {
      omit.add(a[i]);
    }
    List<Object> res = new ArrayList<>();
    for (Object item : items) {
      if (!omit.contains(item)) {
        res.add(item);
      }
    }
    return res;
  }

  private static Object has(Object[] a) throws FuncException {
    if (a[1] == null) {
      return false;
    }
    for (Object item : items(a[1], "Cannot find has on type %s")) {
      if (ListValues.deepEqual(a[0], item)) {
        return true;
      }
    }
    return false;
  }

  /**
   * sprig's slice: list[start:end] of the list's own type (indices converted with toInt), nil for
   * an empty list. Bounds are checked against the length, the capacity of the lists built here.
   */
  private static Object slice(Object[] a) throws FuncException {
    List<Object> items = items(a[0], "list should be type of slice or array but %s");
    int l = items.size();
    if (l == 0) {
      return null;
    }
    long start = a.length > 1 ? MathConv.toInt64(a[1]) : 0;
    long end = a.length > 2 ? MathConv.toInt64(a[2]) : l;
    if (start < 0 || end < start || end > l) {
      throw new FuncException("reflect.Value.Slice: slice index out of bounds");
    }
    List<Object> part = new ArrayList<>(items.subList((int) start, (int) end));
    if (a[0] instanceof GoSlice s) {
      return new GoSlice(s.goType(), part);
    }
    return part;
  }

  /** concat: a nil {@code []interface {}} when there is nothing to concatenate. */
  private static Object concat(Object[] a, Limits limits) throws FuncException {
    List<Object> res = null;
    long size = 0;
    for (Object list : a) {
      if (list == null) {
        throw new FuncException(ListValues.NIL_DEREFERENCE);
      }
      List<Object> items = Values.asList(list);
      if (items == null) {
        throw new FuncException("Cannot concat type " + ListValues.kind(list) + " as list");
      }
      size += items.size();
      checkSize(size, limits);
      if (!items.isEmpty()) {
        if (res == null) {
          res = new ArrayList<>();
        }
        res.addAll(items);
      }
    }
    return res == null ? new TypedNil(LIST) : res;
  }

  /** sprig's chunk, float arithmetic and Go's makeslice and index panics included. */
  private static Object chunk(Object[] a) throws FuncException {
    long size = ((GoInt) a[0]).value();
    List<Object> items = items(a[1], "Cannot chunk type %s");
    long l = items.size();
    long cs = MathConv.floatToInt64(Math.floor((double) (l - 1) / (double) size) + 1);
    checkMakeslice(cs);
    List<Object> chunks = new ArrayList<>((int) cs);
    for (long i = 0; i < cs; i++) {
      long clen = size;
      if (i == cs - 1) {
        clen = MathConv.floatToInt64(Math.floor((double) l % (double) size));
        if (clen == 0) {
          clen = size;
        }
      }
      checkMakeslice(clen);
      List<Object> c = new ArrayList<>((int) clen);
      for (long j = 0; j < clen; j++) {
        long ix = i * size + j;
        if (ix < 0 || ix >= l) {
          throw new FuncException("reflect: slice index out of range");
        }
        c.add(items.get((int) ix));
      }
      chunks.add(c);
    }
    return new GoSlice(CHUNKS, chunks);
  }

  /** Lists that grow (append, prepend, concat) are bounded like the ones until builds. */
  private static void checkSize(long size, Limits limits) throws FuncException {
    if (size > limits.maxListSize()) {
      throw new FuncException("list size " + size + " exceeds the limit " + limits.maxListSize());
    }
  }

  /** make([]T, n) panics for a negative n; larger n cannot occur here (n <= len(list)). */
  private static void checkMakeslice(long n) throws FuncException {
    if (n < 0 || n > Integer.MAX_VALUE - 8) {
      throw new FuncException("runtime error: makeslice: len out of range");
    }
  }

  /**
   * sortAlpha: a slice's non-nil items as strings (a []string as it is), sorted byte-wise; any
   * other value becomes a one-item list of its string form.
   */
  private static Object sortAlpha(Object list) {
    List<Object> items = Values.asList(list);
    if (items == null) {
      return GoSlice.ofStrings(List.of(ListValues.strval(list)));
    }
    if (list instanceof TypedNil n && n.goType().equals(GoType.SLICE_STRING)) {
      return null; // strslice returns the nil []string itself
    }
    List<String> strings = new ArrayList<>(items.size());
    for (Object o : items) {
      if (o != null) {
        strings.add(ListValues.strval(o));
      }
    }
    strings.sort(Values::compareStrings);
    return GoSlice.ofStrings(strings);
  }
}
