package io.rset.gotemplate.builtin;

/**
 * A value of interface kind as Go's reflect sees it: an element read out of a {@code []interface
 * {}} or {@code map[string]interface {}} (or a nil {@code interface {}} result) before the executor
 * unwraps it. Go tells such a value apart from the value it holds in a few places (its type prints
 * as {@code interface {}}, a nil one is a "nil pointer" rather than "no value"), so the executor
 * keeps the wrapper until Go would unwrap it.
 *
 * <p>Only the executor and functions declaring {@link
 * io.rset.gotemplate.value.GoType#REFLECT_VALUE} parameters (Go's builtins) ever see one; every
 * other parameter receives the value inside.
 *
 * @param value the dynamic value held, never an InterfaceValue; null for a nil interface
 */
public record InterfaceValue(Object value) {
  /** The nil interface value. */
  public static final InterfaceValue NIL = new InterfaceValue(null);

  /** The interface value holding v (v itself if it already is one). */
  public static InterfaceValue of(Object v) {
    if (v == null) {
      return NIL;
    }
    if (v instanceof InterfaceValue iv) {
      return iv;
    }
    return new InterfaceValue(v);
  }

  /** Whether this is a nil interface. */
  public boolean isNil() {
    return value == null;
  }
}
