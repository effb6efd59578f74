package io.rset.gotemplate.builtin;

import io.rset.gotemplate.value.GoComplex;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoMap;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoTime;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import io.rset.gotemplate.value.Values;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The few pieces of Go's reflect the executor and the builtins share, over template values (null is
 * the invalid reflect.Value, {@link InterfaceValue} a value of interface kind).
 */
public final class Reflect {
  private Reflect() {}

  private static final GoTime ZERO_TIME =
      new GoTime(ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));

  /** Go's indirectInterface: the value inside an interface value; other values unchanged. */
  public static Object indirectInterface(Object v) {
    return v instanceof InterfaceValue iv ? iv.value() : v;
  }

  /** Go's truth: isTrue of the value inside an interface. */
  public static boolean truth(Object v) {
    return Values.isTrue(indirectInterface(v));
  }

  /**
   * The Kind of a value as reflect.Value.Kind() reports it, or null for the invalid value. An
   * {@link InterfaceValue} is of kind INTERFACE.
   */
  public static GoType.Kind kind(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof InterfaceValue) {
      return GoType.Kind.INTERFACE;
    }
    return GoType.of(v).kind();
  }

  /** The name of the (static) type of a value; {@code interface {}} for an interface value. */
  public static String typeName(Object v) {
    if (v instanceof InterfaceValue) {
      return GoType.INTERFACE.name();
    }
    return GoType.of(v).name();
  }

  /**
   * Go's indirect: whether following interfaces and pointers ends at a nil (a nil interface value
   * or a nil pointer).
   */
  public static boolean isNilIndirect(Object v) {
    if (v instanceof InterfaceValue iv) {
      v = iv.value();
      if (v == null) {
        return true;
      }
    }
    return v instanceof TypedNil n
        && (n.goType().kind() == GoType.Kind.PTR || n.goType().kind() == GoType.Kind.INTERFACE);
  }

  /** Element type of a slice value, or null if v is not a slice. */
  public static GoType sliceElem(Object v) {
    if (v instanceof List) {
      return GoType.INTERFACE;
    }
    if (v instanceof GoSlice s) {
      return s.goType().elem();
    }
    if (v instanceof TypedNil n && n.goType().kind() == GoType.Kind.SLICE) {
      return n.goType().elem();
    }
    return null;
  }

  /** Element type of a map value, or null if v is not a map. */
  public static GoType mapElem(Object v) {
    if (v instanceof Map) {
      return GoType.INTERFACE;
    }
    if (v instanceof GoMap m) {
      return m.goType().elem();
    }
    if (v instanceof TypedNil n && n.goType().kind() == GoType.Kind.MAP) {
      return n.goType().elem();
    }
    return null;
  }

  /** Key type of a map value, or null if v is not a map. */
  public static GoType mapKey(Object v) {
    if (v instanceof Map) {
      return GoType.STRING;
    }
    if (v instanceof GoMap m) {
      return m.goType().key();
    }
    if (v instanceof TypedNil n && n.goType().kind() == GoType.Kind.MAP) {
      return n.goType().key();
    }
    return null;
  }

  /**
   * An element read out of a container whose element type is elemType, as reflect returns it: an
   * {@link InterfaceValue} for interface elements, a typed nil for a missing nillable element.
   */
  public static Object element(Object v, GoType elemType) {
    if (elemType.kind() == GoType.Kind.INTERFACE) {
      return InterfaceValue.of(v);
    }
    if (v == null && elemType.canBeNil()) {
      return new TypedNil(elemType);
    }
    return v;
  }

  /** Go's reflect.Zero for a type. */
  public static Object zero(GoType t) {
    if (t.equals(GoType.REFLECT_VALUE)) {
      return null;
    }
    return switch (t.kind()) {
      case BOOL -> Boolean.FALSE;
      case INT64 -> 0L;
      case FLOAT64, FLOAT32 -> 0.0;
      case STRING -> "";
      case COMPLEX64, COMPLEX128 -> new GoComplex(0, 0);
      case INTERFACE -> InterfaceValue.NIL;
      case SLICE, MAP, PTR, FUNC -> new TypedNil(t);
      case STRUCT -> t.equals(GoType.TIME) ? ZERO_TIME : null;
      default -> GoInt.of(t, 0);
    };
  }

  /** Go's isNil in funcs.go: the invalid value or a nil of a nillable type. */
  public static boolean isNil(Object v) {
    return v == null
        || v instanceof TypedNil
        || (v instanceof InterfaceValue iv && iv.value() == null);
  }
}
