package io.rset.cli;

/**
 * What running a case produced: exactly one of output (rendered text), error (the engine's error
 * text) or internalError (anything the engine should never throw) is non-null.
 */
record CaseOutcome(String output, String error, String internalError) {
  static CaseOutcome rendered(String output) {
    return new CaseOutcome(output, null, null);
  }

  static CaseOutcome failed(String error) {
    return new CaseOutcome(null, error, null);
  }

  static CaseOutcome crashed(String what) {
    return new CaseOutcome(null, null, what);
  }

  /** Whether the outcome satisfies the case's expectation. */
  boolean satisfies(TemplateCase c) {
    if (c.want() != null) {
      return c.want().equals(output);
    }
    if (error == null) {
      return false;
    }
    return c.wantErrorPrefix() != null
        ? error.startsWith(c.wantErrorPrefix())
        : error.equals(c.wantError());
  }
}
