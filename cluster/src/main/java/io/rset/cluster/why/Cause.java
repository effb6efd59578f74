package io.rset.cluster.why;

/**
 * The causes {@code rset why} recognises; {@link #code()} is the stable name in {@code -o json}.
 */
public enum Cause {
  SUSPENDED("Suspended"),
  NOT_FOUND("NotFound"),
  DEPENDENCY_CYCLE("DependencyCycle"),
  UPSTREAM_READY_NOW("UpstreamReadyNow"),
  DEPENDENCY_EXPRESSION_FALSE("DependencyExpressionFalse"),
  DEPENDENCY_REVISION_BEHIND("DependencyRevisionBehind"),
  GENERATION_NOT_OBSERVED("GenerationNotObserved"),
  NEVER_RECONCILED("NeverReconciled"),
  PROGRESSING("Progressing"),
  STALLED("Stalled"),
  VALUES_KEY_MISSING("ValuesKeyMissing"),
  VALUES_OBJECT_MISSING("ValuesObjectMissing"),
  CHART_NOT_FOUND("ChartNotFound"),
  SOURCE_FAILED("SourceFailed"),
  NAMESPACE_MISSING("NamespaceMissing"),
  VARIABLE_NOT_SET("VariableNotSet"),
  HEALTH_CHECK_FAILED("HealthCheckFailed"),
  RELEASE_FAILED("ReleaseFailed"),
  RETRIES_EXHAUSTED("RetriesExhausted"),
  BUILD_FAILED("BuildFailed"),
  APPLY_FAILED("ApplyFailed"),
  EXTERNAL_NOT_READY("ExternalNotReady"),
  UNKNOWN("Unknown");

  private final String code;

  Cause(String code) {
    this.code = code;
  }

  /** The name used in {@code -o json}. */
  public String code() {
    return code;
  }
}
