package io.rset.core.model;

/**
 * How input sets from several providers combine.
 *
 * @param name {@code Flatten} or {@code Permute}; null or empty behaves as Flatten
 * @param includeEmptyProviders null when absent
 */
public record InputStrategy(String name, Boolean includeEmptyProviders) {
  public static final InputStrategy FLATTEN = new InputStrategy("Flatten", null);

  public boolean isPermute() {
    return "Permute".equals(name);
  }
}
