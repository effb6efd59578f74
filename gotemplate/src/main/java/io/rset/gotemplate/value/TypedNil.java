package io.rset.gotemplate.value;

/**
 * A nil value that still has a type: a nil slice, map or pointer. It prints as {@code []}, {@code
 * map[]} or {@code <nil>}, has length 0, is false, and marshals to JSON {@code null}.
 */
public record TypedNil(GoType goType) implements GoValue {
  public TypedNil {
    if (!goType.canBeNil()) {
      throw new IllegalArgumentException("type cannot be nil: " + goType);
    }
  }
}
