package io.rset.gotemplate.value;

import java.util.List;

/**
 * A non-nil slice of a type other than {@code []interface {}} (which is a plain {@link List}), such
 * as {@code []string} or {@code []int}. Items are template values of the element type.
 */
public record GoSlice(GoType goType, List<Object> items) implements GoValue {
  public GoSlice {
    if (goType.kind() != GoType.Kind.SLICE) {
      throw new IllegalArgumentException("not a slice type: " + goType);
    }
  }

  /** A {@code []string}. */
  public static GoSlice ofStrings(List<String> strings) {
    return new GoSlice(GoType.SLICE_STRING, List.copyOf(strings));
  }
}
