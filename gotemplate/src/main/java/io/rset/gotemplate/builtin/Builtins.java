package io.rset.gotemplate.builtin;

import io.rset.gotemplate.func.FuncMap;

/** Go's builtin template functions (and, or, not, len, index, slice, print, ...). */
public final class Builtins {
  private Builtins() {}

  /** Go's builtins. */
  public static FuncMap functions() {
    return FuncMap.empty(); // TODO(exec)
  }
}
