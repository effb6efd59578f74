package io.rset.gotemplate;

/**
 * Bounds that turn abusive templates into errors instead of crashes.
 *
 * @param maxExecDepth nesting depth of template calls and evaluation (Go's maxExecDepth, 100000)
 * @param maxOutputBytes output size cap per execution, in chars
 * @param maxListSize cap on the length of lists and strings built by functions such as until, seq,
 *     repeat and untilStep
 */
public record Limits(int maxExecDepth, long maxOutputBytes, int maxListSize) {
  public static final Limits DEFAULT = new Limits(100_000, 64L * 1024 * 1024, 1_000_000);

  public Limits {
    if (maxExecDepth <= 0 || maxOutputBytes <= 0 || maxListSize <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  // equals and hashCode are written out: Limits keys a map on every CLI run, and the generated
  // record methods bootstrap method-handle classes the class-data archive cannot keep (~20 ms
  // of a cold start).

  @Override
  public boolean equals(Object o) {
    return o instanceof Limits l
        && l.maxExecDepth == maxExecDepth
        && l.maxOutputBytes == maxOutputBytes
        && l.maxListSize == maxListSize;
  }

  @Override
  public int hashCode() {
    return (31 * maxExecDepth + Long.hashCode(maxOutputBytes)) * 31 + maxListSize;
  }
}
