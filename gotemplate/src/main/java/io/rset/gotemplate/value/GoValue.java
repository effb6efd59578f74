package io.rset.gotemplate.value;

/** A template value whose Go type cannot be told from its Java class alone. */
public interface GoValue {
  /** The Go type of this value. */
  GoType goType();
}
