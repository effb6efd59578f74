package io.rset.gotemplate;

/** Go's {@code missingkey} option: what a map lookup of an absent key yields. */
public enum MissingKey {
  /** "default" / "invalid": no value, printed as {@code <no value>}. */
  DEFAULT,
  /** "zero": the zero value of the map's element type. */
  ZERO,
  /** "error": execution stops with {@code map has no entry for key "k"}. */
  ERROR;

  /**
   * Parses Go's option text ({@code missingkey=default|invalid|zero|error} or just the value).
   *
   * @throws IllegalArgumentException for anything else
   */
  public static MissingKey parse(String option) {
    String v = option.startsWith("missingkey=") ? option.substring("missingkey=".length()) : option;
    return switch (v) {
      case "default", "invalid" -> DEFAULT;
      case "zero" -> ZERO;
      case "error" -> ERROR;
      default -> throw new IllegalArgumentException("unrecognized option: " + option);
    };
  }
}
