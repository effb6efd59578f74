package io.rset.gotemplate.builtin;

import io.rset.gotemplate.fmt.GoFmt;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.FuncMap;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import io.rset.gotemplate.value.Values;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Go's builtin template functions (text/template funcs.go, Go 1.23), declared with Go's exact
 * signatures. Parameters of type reflect.Value receive template values as the executor holds them
 * (null for the invalid value, {@link InterfaceValue} for a value of interface kind).
 *
 * <p>{@code and}, {@code or} and {@code call} are special-cased by the executor (short-circuit
 * evaluation, and the callee's name for call's errors) whenever the function it resolves is the
 * very object {@link #AND}, {@link #OR} or {@link #CALL}.
 */
public final class Builtins {
  private Builtins() {}

  private static final GoType RV = GoType.REFLECT_VALUE;
  private static final GoType RVS = GoType.sliceOf(RV);
  private static final GoType ANYS = GoType.SLICE_INTERFACE;
  private static final GoType BOOL = GoType.BOOL;
  private static final GoType STRING = GoType.STRING;

  /** {@code func and(arg0 reflect.Value, args ...reflect.Value) reflect.Value}. */
  public static final GoFunction AND =
      GoFunction.variadic("and", RV, List.of(RV, RVS), a -> andOr(a, false));

  /** {@code func or(arg0 reflect.Value, args ...reflect.Value) reflect.Value}. */
  public static final GoFunction OR =
      GoFunction.variadic("or", RV, List.of(RV, RVS), a -> andOr(a, true));

  /**
   * {@code func emptyCall(fn reflect.Value, args ...reflect.Value) reflect.Value}; the executor
   * calls {@link #call(String, Object[])} with the callee's name instead.
   */
  public static final GoFunction CALL =
      GoFunction.variadic("call", RV, List.of(RV, RVS), a -> call("call", a));

  /** {@code func not(arg reflect.Value) bool}. */
  public static final GoFunction NOT = GoFunction.of("not", BOOL, List.of(RV), a -> !truth(a[0]));

  /** {@code func length(item reflect.Value) (int, error)}. */
  public static final GoFunction LEN =
      GoFunction.ofErr("len", GoType.INT, List.of(RV), a -> length(a[0]));

  /** {@code func index(item reflect.Value, indexes ...reflect.Value) (reflect.Value, error)}. */
  public static final GoFunction INDEX =
      GoFunction.variadicErr("index", RV, List.of(RV, RVS), Builtins::index);

  /** {@code func slice(item reflect.Value, indexes ...reflect.Value) (reflect.Value, error)}. */
  public static final GoFunction SLICE =
      GoFunction.variadicErr("slice", RV, List.of(RV, RVS), Builtins::slice);

  private static final FuncMap FUNCTIONS =
      FuncMap.builder()
          .add(AND)
          .add(CALL)
          .add(GoFunction.variadic("html", STRING, List.of(ANYS), a -> htmlEscape(evalArgs(a))))
          .add(INDEX)
          .add(SLICE)
          .add(GoFunction.variadic("js", STRING, List.of(ANYS), a -> jsEscape(evalArgs(a))))
          .add(LEN)
          .add(NOT)
          .add(OR)
          .add(GoFunction.variadic("print", STRING, List.of(ANYS), GoFmt::sprint))
          .add(
              GoFunction.variadic(
                  "printf",
                  STRING,
                  List.of(STRING, ANYS),
                  a -> GoFmt.sprintf((String) a[0], Arrays.copyOfRange(a, 1, a.length))))
          .add(GoFunction.variadic("println", STRING, List.of(ANYS), GoFmt::sprintln))
          .add(
              GoFunction.variadic("urlquery", STRING, List.of(ANYS), a -> queryEscape(evalArgs(a))))
          .add(GoFunction.variadicErr("eq", BOOL, List.of(RV, RVS), Builtins::eq))
          .add(GoFunction.ofErr("ge", BOOL, List.of(RV, RV), a -> !lt(a[0], a[1])))
          .add(GoFunction.ofErr("gt", BOOL, List.of(RV, RV), a -> !le(a[0], a[1])))
          .add(GoFunction.ofErr("le", BOOL, List.of(RV, RV), a -> le(a[0], a[1])))
          .add(GoFunction.ofErr("lt", BOOL, List.of(RV, RV), a -> lt(a[0], a[1])))
          .add(GoFunction.ofErr("ne", BOOL, List.of(RV, RV), a -> !eq(a)))
          .build();

  /** Go's builtins. */
  public static FuncMap functions() {
    return FUNCTIONS;
  }

  private static boolean truth(Object v) {
    return Reflect.truth(v);
  }

  // and/or as plain functions (the executor short-circuits them instead of calling these).
  private static Object andOr(Object[] a, boolean or) {
    Object v = a[0];
    for (int i = 0; i < a.length; i++) {
      v = a[i];
      if (truth(v) == or) {
        break;
      }
    }
    return v;
  }

  // ---- call

  /**
   * Go's call(name, fn, args...): template values are never functions, so this reports why fn
   * cannot be called.
   *
   * @param name the callee as written (the argument node, or the final value's reflect String)
   * @param args fn followed by its arguments
   */
  public static Object call(String name, Object[] args) throws FuncException {
    Object fn = Reflect.indirectInterface(args[0]);
    if (fn == null) {
      throw new FuncException("call of nil");
    }
    throw new FuncException("non-function " + name + " of type " + Reflect.typeName(fn));
  }

  // ---- len, index, slice

  private static Object length(Object item) throws FuncException {
    if (Reflect.isNilIndirect(item)) {
      throw new FuncException("len of nil pointer");
    }
    item = Reflect.indirectInterface(item);
    if (item == null) {
      throw new FuncException("reflect: call of reflect.Value.Type on zero Value");
    }
    if (item instanceof String s) {
      return GoInt.of(Values.utf8Length(s, 0, s.length()));
    }
    List<Object> list = Values.asList(item);
    if (list != null) {
      return GoInt.of(list.size());
    }
    Map<String, Object> map = Values.asMap(item);
    if (map != null) {
      return GoInt.of(map.size());
    }
    throw new FuncException("len of type " + Reflect.typeName(item));
  }

  private static Object index(Object[] a) throws FuncException {
    Object item = Reflect.indirectInterface(a[0]);
    if (item == null) {
      throw new FuncException("index of untyped nil");
    }
    for (int i = 1; i < a.length; i++) {
      Object index = Reflect.indirectInterface(a[i]);
      if (Reflect.isNilIndirect(item)) {
        throw new FuncException("index of nil pointer");
      }
      item = Reflect.indirectInterface(item);
      if (item instanceof String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int x = indexArg(index, bytes.length);
        if (x == bytes.length) {
          throw new FuncException("reflect: string index out of range");
        }
        item = GoInt.of(GoType.UINT8, bytes[x] & 0xff);
        continue;
      }
      List<Object> list = Values.asList(item);
      if (list != null) {
        int x = indexArg(index, list.size());
        if (x == list.size()) {
          throw new FuncException("reflect: slice index out of range");
        }
        item = Reflect.element(list.get(x), Reflect.sliceElem(item));
        continue;
      }
      Map<String, Object> map = Values.asMap(item);
      if (map != null) {
        GoType keyType = Reflect.mapKey(item);
        GoType elemType = Reflect.mapElem(item);
        String key = mapKeyArg(index, keyType);
        Object v = map.get(key);
        if (v != null || map.containsKey(key)) {
          item = Reflect.element(v, elemType);
        } else {
          item = Reflect.zero(elemType);
        }
        continue;
      }
      throw new FuncException("can't index item of type " + Reflect.typeName(item));
    }
    return item;
  }

  // Go's prepareArg for a map key; map keys are strings in the value model.
  private static String mapKeyArg(Object index, GoType keyType) throws FuncException {
    if (index == null) {
      if (!keyType.canBeNil()) {
        throw new FuncException("value is nil; should be of type " + keyType.name());
      }
      throw new FuncException("value has type " + keyType.name() + "; should be " + keyType);
    }
    if (index instanceof String s && keyType.kind() == GoType.Kind.STRING) {
      return s;
    }
    throw new FuncException(
        "value has type " + Reflect.typeName(index) + "; should be " + keyType.name());
  }

  // Go's indexArg: the index as an int in [0, cap].
  private static int indexArg(Object index, int cap) throws FuncException {
    long x;
    if (index instanceof Long l) {
      x = l;
    } else if (index instanceof GoInt gi
        && (gi.goType().kind().isSignedInt() || gi.goType().kind().isUnsignedInt())) {
      x = gi.value();
    } else if (index == null) {
      throw new FuncException("cannot index slice/array with nil");
    } else {
      throw new FuncException("cannot index slice/array with type " + Reflect.typeName(index));
    }
    if (x < 0 || x > cap) {
      throw new FuncException("index out of range: " + x);
    }
    return (int) x;
  }

  private static Object slice(Object[] a) throws FuncException {
    Object item = Reflect.indirectInterface(a[0]);
    if (item == null) {
      throw new FuncException("slice of untyped nil");
    }
    if (Reflect.isNilIndirect(item)) {
      throw new FuncException("slice of nil pointer");
    }
    int nIndexes = a.length - 1;
    if (nIndexes > 3) {
      throw new FuncException("too many slice indexes: " + nIndexes);
    }
    byte[] bytes = null;
    List<Object> list = null;
    int len;
    if (item instanceof String s) {
      if (nIndexes == 3) {
        throw new FuncException("cannot 3-index slice a string");
      }
      bytes = s.getBytes(StandardCharsets.UTF_8);
      len = bytes.length;
    } else if ((list = Values.asList(item)) != null) {
      len = list.size();
    } else {
      throw new FuncException("can't slice item of type " + Reflect.typeName(item));
    }
    int cap = len;
    int[] idx = {0, len, 0};
    for (int i = 0; i < nIndexes; i++) {
      idx[i] = indexArg(a[i + 1], cap);
    }
    if (idx[0] > idx[1]) {
      throw new FuncException("invalid slice index: " + idx[0] + " > " + idx[1]);
    }
    if (nIndexes == 3 && idx[1] > idx[2]) {
      throw new FuncException("invalid slice index: " + idx[1] + " > " + idx[2]);
    }
    if (bytes != null) {
      return new String(bytes, idx[0], idx[1] - idx[0], StandardCharsets.UTF_8);
    }
    if (item instanceof TypedNil) {
      return item;
    }
    List<Object> sub = list.subList(idx[0], idx[1]);
    if (item instanceof GoSlice gs) {
      return new GoSlice(gs.goType(), sub);
    }
    return sub;
  }

  // ---- comparison

  private enum BasicKind {
    INVALID,
    BOOL,
    COMPLEX,
    INT,
    FLOAT,
    STRING,
    UINT
  }

  private static final String BAD_COMPARISON_TYPE = "invalid type for comparison";
  private static final String BAD_COMPARISON = "incompatible types for comparison";

  private static BasicKind basicKind(Object v) {
    if (v instanceof String) {
      return BasicKind.STRING;
    }
    if (v instanceof Long) {
      return BasicKind.INT;
    }
    if (v instanceof GoInt gi) {
      return gi.goType().kind().isUnsignedInt() ? BasicKind.UINT : BasicKind.INT;
    }
    if (v instanceof Boolean) {
      return BasicKind.BOOL;
    }
    if (v instanceof Double) {
      return BasicKind.FLOAT;
    }
    if (v instanceof io.rset.gotemplate.value.GoComplex) {
      return BasicKind.COMPLEX;
    }
    return BasicKind.INVALID;
  }

  private static long intOf(Object v) {
    return v instanceof Long l ? l : ((GoInt) v).value();
  }

  private static boolean eq(Object[] a) throws FuncException {
    Object arg1 = Reflect.indirectInterface(a[0]);
    if (a.length < 2) {
      throw new FuncException("missing argument for comparison");
    }
    BasicKind k1 = basicKind(arg1);
    for (int i = 1; i < a.length; i++) {
      Object arg = Reflect.indirectInterface(a[i]);
      BasicKind k2 = basicKind(arg);
      boolean truth = false;
      if (k1 != k2) {
        if (k1 == BasicKind.INT && k2 == BasicKind.UINT) {
          truth = intOf(arg1) >= 0 && intOf(arg1) == intOf(arg);
        } else if (k1 == BasicKind.UINT && k2 == BasicKind.INT) {
          truth = intOf(arg) >= 0 && intOf(arg1) == intOf(arg);
        } else if (arg1 != null && arg != null) {
          throw new FuncException(BAD_COMPARISON);
        }
      } else {
        truth =
            switch (k1) {
              case BOOL, STRING -> arg1.equals(arg);
              case COMPLEX -> {
                var c1 = (io.rset.gotemplate.value.GoComplex) arg1;
                var c2 = (io.rset.gotemplate.value.GoComplex) arg;
                yield c1.real() == c2.real() && c1.imag() == c2.imag();
              }
              case FLOAT -> (Double) arg1 == ((Double) arg).doubleValue();
              case INT, UINT -> intOf(arg1) == intOf(arg);
              case INVALID -> eqOther(arg1, arg);
            };
      }
      if (truth) {
        return true;
      }
    }
    return false;
  }

  // eq of two values of no basic kind: nils, slices, maps, structs.
  private static boolean eqOther(Object arg1, Object arg) throws FuncException {
    GoType.Kind kind1 = Reflect.kind(arg1);
    GoType.Kind kind2 = Reflect.kind(arg);
    if (kind1 != kind2 && kind1 != null && kind2 != null) {
      throw new FuncException(
          GoFmt.sprintf(
              "non-comparable types %s: %v, %s: %v",
              arg1, Reflect.typeName(arg1), Reflect.typeName(arg), arg));
    }
    if (Reflect.isNil(arg1) || Reflect.isNil(arg)) {
      return Reflect.isNil(arg) == Reflect.isNil(arg1);
    }
    if (kind2 == GoType.Kind.SLICE || kind2 == GoType.Kind.MAP || kind2 == GoType.Kind.FUNC) {
      throw new FuncException(
          GoFmt.sprintf("non-comparable type %s: %v", arg, Reflect.typeName(arg)));
    }
    return Reflect.typeName(arg1).equals(Reflect.typeName(arg)) && arg1.equals(arg);
  }

  private static boolean lt(Object arg1, Object arg2) throws FuncException {
    arg1 = Reflect.indirectInterface(arg1);
    BasicKind k1 = basicKind(arg1);
    if (k1 == BasicKind.INVALID) {
      throw new FuncException(BAD_COMPARISON_TYPE);
    }
    arg2 = Reflect.indirectInterface(arg2);
    BasicKind k2 = basicKind(arg2);
    if (k2 == BasicKind.INVALID) {
      throw new FuncException(BAD_COMPARISON_TYPE);
    }
    if (k1 != k2) {
      if (k1 == BasicKind.INT && k2 == BasicKind.UINT) {
        return intOf(arg1) < 0 || Long.compareUnsigned(intOf(arg1), intOf(arg2)) < 0;
      }
      if (k1 == BasicKind.UINT && k2 == BasicKind.INT) {
        return intOf(arg2) >= 0 && Long.compareUnsigned(intOf(arg1), intOf(arg2)) < 0;
      }
      throw new FuncException(BAD_COMPARISON);
    }
    return switch (k1) {
      case BOOL, COMPLEX, INVALID -> throw new FuncException(BAD_COMPARISON_TYPE);
      case FLOAT -> (Double) arg1 < (Double) arg2;
      case INT -> intOf(arg1) < intOf(arg2);
      case STRING -> Values.compareStrings((String) arg1, (String) arg2) < 0;
      case UINT -> Long.compareUnsigned(intOf(arg1), intOf(arg2)) < 0;
    };
  }

  private static boolean le(Object arg1, Object arg2) throws FuncException {
    return lt(arg1, arg2) || eq(new Object[] {arg1, arg2});
  }

  // ---- html, js, urlquery

  // Go's evalArgs: the text of the arguments as fmt.Sprint prints them, nil as <no value>.
  private static String evalArgs(Object[] args) {
    if (args.length == 1 && args[0] instanceof String s) {
      return s;
    }
    Object[] printable = args.clone();
    for (int i = 0; i < printable.length; i++) {
      if (printable[i] == null) {
        printable[i] = "<no value>";
      }
    }
    return GoFmt.sprint(printable);
  }

  /** Go's HTMLEscapeString. */
  public static String htmlEscape(String s) {
    StringBuilder b = null;
    int last = 0;
    for (int i = 0; i < s.length(); i++) {
      String rep =
          switch (s.charAt(i)) {
            case '\0' -> "\uFFFD";
            case '"' -> "&#34;";
            case '\'' -> "&#39;";
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            default -> null;
          };
      if (rep == null) {
        continue;
      }
      if (b == null) {
        b = new StringBuilder(s.length() + 16);
      }
      b.append(s, last, i).append(rep);
      last = i + 1;
    }
    return b == null ? s : b.append(s, last, s.length()).toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Go's JSEscapeString. */
  public static String jsEscape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        switch (c) {
          case '\\' -> b.append("\\\\");
          case '\'' -> b.append("\\'");
          case '"' -> b.append("\\\"");
          case '<' -> b.append("\\u003C");
          case '>' -> b.append("\\u003E");
          case '&' -> b.append("\\u0026");
          case '=' -> b.append("\\u003D");
          default -> {
            if (c < ' ') {
              b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
              b.append((char) c);
            }
          }
        }
      } else if (isPrint(c)) {
        b.appendCodePoint(c);
      } else {
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        b.append("\\u");
        for (int k = hex.length(); k < 4; k++) {
          b.append('0');
        }
        b.append(hex);
      }
    }
    return b.toString();
  }

  // Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
  private static boolean isPrint(int cp) {
    if (cp == ' ') {
      return true;
    }
    if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
      return true; // an unpaired surrogate stands for an invalid byte; Go copies it
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /** Go's url.QueryEscape. */
  public static String queryEscape(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder(bytes.length + 8);
    for (byte x : bytes) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        b.append((char) c);
      } else if (c == ' ') {
        b.append('+');
      } else {
        b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return b.toString();
  }
}
