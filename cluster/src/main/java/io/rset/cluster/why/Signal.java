package io.rset.cluster.why;

import java.util.List;

/** What a Flux condition message says about the cause, as {@link Messages} reads it. */
sealed interface Signal {

  /** {@code dependency '<ns>/<name>' is not ready} and the ResourceSet forms. */
  record DependencyNotReady(ObjectRef dependency) implements Signal {}

  /** {@code dependency '<ns>/<name>' not found}, {@code unable to get '<ns>/<name>' dependency}. */
  record DependencyNotFound(ObjectRef dependency) implements Signal {}

  /** The dependency's {@code readyExpr} evaluated to false. */
  record DependencyExpressionFalse(ObjectRef dependency, String expression) implements Signal {}

  /** {@code dependency '<ns>/<name>' revision is not up to date}. */
  record DependencyRevisionBehind(ObjectRef dependency) implements Signal {}

  /** {@code HelmChart '<ns>/<name>' is not ready: …} (helm-controller's source check). */
  record UpstreamNotReady(ObjectRef source) implements Signal {}

  /** The source has no artifact yet, or cannot be read. */
  record SourceNotReady() implements Signal {}

  /** A health check (or Helm's wait) ended on these objects. */
  record HealthCheck(List<Stalled> objects, boolean timedOut) implements Signal {}

  /** {@code namespaces "<ns>" not found}. */
  record NamespaceMissing(String namespace) implements Signal {}

  /** {@code missing key '<key>' in ConfigMap '<ns>/<name>'} or {@code values key … not found}. */
  record ValuesKeyMissing(String key, String kind, String namespace, String name)
      implements Signal {}

  /** {@code could not find ConfigMap '<ns>/<name>'}. */
  record ValuesObjectMissing(String kind, String namespace, String name) implements Signal {}

  /** The chart (or a version of it) is not in the repository. */
  record ChartNotFound(String chart, String version) implements Signal {}

  /** {@code variable not set (strict mode): "<VAR>"}, with the object it was found in. */
  record VariableNotSet(String variable, String object) implements Signal {}

  /** {@code Helm install|upgrade failed for release …}. */
  record ReleaseFailed(String action, String release, String chart, String error)
      implements Signal {}

  /** {@code kustomize build failed}, a ResourceSet {@code build failed}, a path not found. */
  record BuildFailed(String detail) implements Signal {}

  /** A server-side dry-run or apply was refused. */
  record ApplyFailed(String detail) implements Signal {}

  /** A source controller could not fetch or verify its artifact. */
  record FetchFailed(String detail) implements Signal {}

  /** A newer revision cancelled the health check: not a failure. */
  record HealthCheckCanceled() implements Signal {}

  /** Nothing recognised. */
  record Unrecognised() implements Signal {}

  /** One object of a health-check message: {@code Kind/ns/name status: 'Status'}. */
  record Stalled(ObjectRef ref, String status, String error) {}
}
