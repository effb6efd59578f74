package io.rset.gotemplate.func;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An immutable set of named template functions. Names are checked when a function is added, as Go's
 * {@code Funcs} does: a name must be a Go identifier.
 */
public final class FuncMap {

  private final Map<String, GoFunction> functions;

  /** The last result of {@link #over(FuncMap)}: parsing reuses it instead of merging again. */
  private volatile Layered lastLayered;

  private record Layered(FuncMap base, FuncMap result) {}

  private FuncMap(Map<String, GoFunction> functions) {
    this.functions = Map.copyOf(functions);
  }

  /** Go's rule for function names: a letter or underscore, then letters, digits, underscores. */
  static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      boolean ok = c == '_' || Character.isLetter(c) || (i > 0 && Character.isDigit(c));
      if (!ok) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A map holding one function; the cheap way to bind a per-execution function. */
  public static FuncMap of(GoFunction fn) {
    if (!isIdentifier(fn.name())) {
      throw new IllegalArgumentException(
          "function name \"" + fn.name() + "\" is not a valid identifier");
    }
    return new FuncMap(Map.of(fn.name(), fn));
  }

  public static FuncMap empty() {
    return new FuncMap(Map.of());
  }

  /** The function registered under name, or null. */
  public GoFunction get(String name) {
    return functions.get(name);
  }

  public boolean contains(String name) {
    return functions.containsKey(name);
  }

  public Set<String> names() {
    return functions.keySet();
  }

  /**
   * These functions layered over base (ours win), as Go adds a template's functions over its
   * builtins. The result for the last base is memoised, so repeated parses do not copy the map.
   */
  public FuncMap over(FuncMap base) {
    Layered l = lastLayered;
    if (l != null && l.base() == base) {
      return l.result();
    }
    FuncMap result = base.toBuilder().addAll(this).build();
    lastLayered = new Layered(base, result);
    return result;
  }

  /** A builder starting from these functions. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.functions.putAll(functions);
    return b;
  }

  /** Collects functions; a later function with the same name replaces an earlier one. */
  public static final class Builder {
    private final Map<String, GoFunction> functions = new LinkedHashMap<>();

    private Builder() {}

    public Builder add(GoFunction fn) {
      if (!isIdentifier(fn.name())) {
        throw new IllegalArgumentException(
            "function name \"" + fn.name() + "\" is not a valid identifier");
      }
      functions.put(fn.name(), fn);
      return this;
    }

    /** Adds fn under another name (Go maps may hold one function under several names). */
    public Builder alias(String name, GoFunction fn) {
      return add(
          new GoFunction(
              name, fn.params(), fn.variadic(), fn.result(), fn.returnsError(), fn.body()));
    }

    public Builder addAll(Collection<GoFunction> fns) {
      fns.forEach(this::add);
      return this;
    }

    public Builder addAll(FuncMap other) {
      functions.putAll(other.functions);
      return this;
    }

    public Builder remove(String name) {
      functions.remove(name);
      return this;
    }

    public FuncMap build() {
      return new FuncMap(functions);
    }
  }
}
