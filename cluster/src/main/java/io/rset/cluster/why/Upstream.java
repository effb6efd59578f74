package io.rset.cluster.why;

/**
 * An object another one waits for. {@code existenceOnly} is set for a ResourceSet dependency
 * without {@code ready: true}: only its existence is checked.
 */
record Upstream(ObjectRef ref, Via via, boolean existenceOnly, String readyExpr) {
  static Upstream of(ObjectRef ref, Via via) {
    return new Upstream(ref, via, false, "");
  }
}
