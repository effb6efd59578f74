package io.rset.gotemplate.value;

/** A Go {@code complex128}. */
public record GoComplex(double real, double imag) implements GoValue {
  @Override
  public GoType goType() {
    return GoType.COMPLEX128;
  }
}
