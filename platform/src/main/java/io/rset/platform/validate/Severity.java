package io.rset.platform.validate;

/** How bad a finding is. */
public enum Severity {
  /** Flux would fail (or silently do the wrong thing): exit code 1. */
  ERROR("error"),
  /** Probably a mistake, legitimate in some setups: exit code 0 unless {@code --strict}. */
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** {@code error} or {@code warning}, as printed and as SARIF's {@code level}. */
  public String label() {
    return label;
  }
}
