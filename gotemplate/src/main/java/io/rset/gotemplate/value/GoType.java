package io.rset.gotemplate.value;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Go type as far as templates can observe it: its name (as {@code %T} and error texts print it)
 * and its kind (as {@code kindOf} prints it). Two types are identical when their names are equal.
 *
 * <p>Java representation of values of each type (see also {@link #of(Object)}):
 *
 * <ul>
 *   <li>{@code nil} (no value, Go's invalid reflect.Value) — {@code null}
 *   <li>{@code bool} — {@link Boolean}; {@code string} — {@link String}
 *   <li>{@code int64} — {@link Long}; {@code float64} — {@link Double}
 *   <li>{@code int}, {@code int32}, {@code uint8} and other integer kinds — {@link GoInt}
 *   <li>{@code complex128} — {@link GoComplex}
 *   <li>{@code []interface {}} — any {@link List}; {@code map[string]interface {}} — any {@link
 *       Map} with String keys
 *   <li>other slice and map types ({@code []string}, {@code []int}, {@code map[string]string}) —
 *       {@link GoSlice} and {@link GoMap}
 *   <li>{@code time.Time} — {@link GoTime}
 *   <li>a nil slice, map or pointer of a known type — {@link TypedNil}
 * </ul>
 */
public final class GoType {

  /** Go's reflect.Kind, named as {@code reflect.Kind.String()} prints it. */
  public enum Kind {
    BOOL("bool"),
    INT("int"),
    INT8("int8"),
    INT16("int16"),
    INT32("int32"),
    INT64("int64"),
    UINT("uint"),
    UINT8("uint8"),
    UINT16("uint16"),
    UINT32("uint32"),
    UINT64("uint64"),
    FLOAT32("float32"),
    FLOAT64("float64"),
    COMPLEX64("complex64"),
    COMPLEX128("complex128"),
    STRING("string"),
    INTERFACE("interface"),
    SLICE("slice"),
    MAP("map"),
    STRUCT("struct"),
    PTR("ptr"),
    FUNC("func");

    private final String goName;

    Kind(String goName) {
      this.goName = goName;
    }

    /** The kind's name as Go prints it ({@code slice}, {@code int64}, ...). */
    public String goName() {
      return goName;
    }

    public boolean isSignedInt() {
      return this == INT || this == INT8 || this == INT16 || this == INT32 || this == INT64;
    }

    public boolean isUnsignedInt() {
      return this == UINT || this == UINT8 || this == UINT16 || this == UINT32 || this == UINT64;
    }

    public boolean isFloat() {
      return this == FLOAT32 || this == FLOAT64;
    }

    public boolean isComplex() {
      return this == COMPLEX64 || this == COMPLEX128;
    }
  }

  public static final GoType BOOL = new GoType(Kind.BOOL, "bool", null, null);
  public static final GoType INT = new GoType(Kind.INT, "int", null, null);
  public static final GoType INT32 = new GoType(Kind.INT32, "int32", null, null);
  public static final GoType INT64 = new GoType(Kind.INT64, "int64", null, null);
  public static final GoType UINT = new GoType(Kind.UINT, "uint", null, null);
  public static final GoType UINT8 = new GoType(Kind.UINT8, "uint8", null, null);
  public static final GoType UINT32 = new GoType(Kind.UINT32, "uint32", null, null);
  public static final GoType UINT64 = new GoType(Kind.UINT64, "uint64", null, null);
  public static final GoType FLOAT64 = new GoType(Kind.FLOAT64, "float64", null, null);
  public static final GoType COMPLEX128 = new GoType(Kind.COMPLEX128, "complex128", null, null);
  public static final GoType STRING = new GoType(Kind.STRING, "string", null, null);

  /** The empty interface; every type is assignable to it. */
  public static final GoType INTERFACE = new GoType(Kind.INTERFACE, "interface {}", null, null);

  /** Go's {@code reflect.Value}, the parameter type of Go's builtins such as index. */
  public static final GoType REFLECT_VALUE = new GoType(Kind.STRUCT, "reflect.Value", null, null);

  public static final GoType TIME = new GoType(Kind.STRUCT, "time.Time", null, null);
  public static final GoType SLICE_INTERFACE = sliceOf(INTERFACE);
  public static final GoType SLICE_STRING = sliceOf(STRING);
  public static final GoType SLICE_INT = sliceOf(INT);
  public static final GoType SLICE_BYTE = sliceOf(UINT8);
  public static final GoType MAP_STRING_INTERFACE = mapOf(STRING, INTERFACE);
  public static final GoType MAP_STRING_STRING = mapOf(STRING, STRING);

  private final Kind kind;
  private final String name;
  private final GoType elem;
  private final GoType key;

  private GoType(Kind kind, String name, GoType key, GoType elem) {
    this.kind = kind;
    this.name = name;
    this.key = key;
    this.elem = elem;
  }

  /** The slice type {@code []elem}. */
  public static GoType sliceOf(GoType elem) {
    return new GoType(Kind.SLICE, "[]" + elem.name, null, elem);
  }

  /** The map type {@code map[key]elem}. */
  public static GoType mapOf(GoType key, GoType elem) {
    return new GoType(Kind.MAP, "map[" + key.name + "]" + elem.name, key, elem);
  }

  /** The pointer type {@code *elem}. */
  public static GoType pointerTo(GoType elem) {
    return new GoType(Kind.PTR, "*" + elem.name, null, elem);
  }

  public Kind kind() {
    return kind;
  }

  /** The type's name as {@code %T} prints it, e.g. {@code []interface {}}. */
  public String name() {
    return name;
  }

  /** Element type of a slice, map or pointer type; null otherwise. */
  public GoType elem() {
    return elem;
  }

  /** Key type of a map type; null otherwise. */
  public GoType key() {
    return key;
  }

  /** Whether a value of this type may be nil (Go's canBeNil). */
  public boolean canBeNil() {
    return kind == Kind.SLICE
        || kind == Kind.MAP
        || kind == Kind.INTERFACE
        || kind == Kind.PTR
        || kind == Kind.FUNC;
  }

  /**
   * Go's {@code AssignableTo} restricted to what templates meet: identical types, or any type to
   * the empty interface.
   */
  public boolean assignableTo(GoType target) {
    return target.kind == Kind.INTERFACE || this.equals(target);
  }

  /**
   * The dynamic Go type of a Java value in this engine's value model, or null for nil (no value).
   *
   * @throws IllegalArgumentException for a Java value outside the model
   */
  public static GoType of(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String) {
      return STRING;
    }
    if (value instanceof Long) {
      return INT64;
    }
    if (value instanceof GoValue v) {
      return v.goType();
    }
    if (value instanceof Boolean) {
      return BOOL;
    }
    if (value instanceof Double) {
      return FLOAT64;
    }
    if (value instanceof List) {
      return SLICE_INTERFACE;
    }
    if (value instanceof Map) {
      return MAP_STRING_INTERFACE;
    }
    throw new IllegalArgumentException(
        "not a template value: " + value.getClass().getName() + " " + value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GoType t && t.name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
