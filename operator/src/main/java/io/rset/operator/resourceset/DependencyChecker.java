package io.rset.operator.resourceset;

import io.rset.core.model.Dependency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code spec.dependsOn} (spec §4.3), checked in spec order with the operator's own client: the
 * object must exist, and with {@code ready: true} satisfy its {@code readyExpr}, the built-in Ready
 * expression (ResourceSets and input providers) or kstatus (other kinds). A Secret in another
 * namespace than the ResourceSet is evaluated without its {@code data}.
 */
final class DependencyChecker {
  static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  /**
   * A dependency that is not (yet) satisfied; the message is the condition text after the prefix.
   */
  static final class NotReady extends Exception {
    private static final long serialVersionUID = 1L;

    NotReady(String message) {
      super(message);
    }
  }

  /** A readyExpr that does not parse. */
  static final class InvalidExpression extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidExpression(String message) {
      super(message);
    }
  }

  private final KubeApi api;

  DependencyChecker(KubeApi api) {
    this.api = api;
  }

  /**
   * Parses every expression that will be used (dependencies with {@code ready: true} and a
   * non-empty expression), before any read.
   *
   * @return the parsed expressions by dependency index
   * @throws InvalidExpression {@code failed to parse expression for dependency <ref>: <error>}
   */
  static Map<Integer, ReadyExpression> parse(List<Dependency> deps) throws InvalidExpression {
    Map<Integer, ReadyExpression> out = new LinkedHashMap<>();
    for (int i = 0; i < deps.size(); i++) {
      Dependency d = deps.get(i);
      if (d.ready() && d.readyExpr() != null && !d.readyExpr().isEmpty()) {
        try {
          out.put(i, ReadyExpression.parse(d.readyExpr()));
        } catch (ReadyExpression.ParseException e) {
          throw new InvalidExpression(
              "failed to parse expression for dependency " + describe(d) + ": " + e.getMessage());
        }
      }
    }
    return out;
  }

  /** {@code apiVersion/Kind/ns/name}, without {@code ns/} when the namespace is empty. */
  static String describe(Dependency d) {
    String ns = d.namespace() == null || d.namespace().isEmpty() ? "" : d.namespace() + "/";
    return d.apiVersion() + "/" + d.kind() + "/" + ns + d.name();
  }

  /** Checks every dependency in order; the first unsatisfied one throws. */
  void check(List<Dependency> deps, Map<Integer, ReadyExpression> exprs, String rsetNamespace)
      throws NotReady {
    for (int i = 0; i < deps.size(); i++) {
      check(deps.get(i), exprs.get(i), rsetNamespace);
    }
  }

  @SuppressWarnings("unchecked")
  private void check(Dependency d, ReadyExpression expr, String rsetNamespace) throws NotReady {
    String ns = d.namespace() == null ? "" : d.namespace();
    ObjectRef ref =
        new ObjectRef(
            ObjectRef.groupOf(d.apiVersion()),
            ObjectRef.versionOf(d.apiVersion()),
            d.kind(),
            ns,
            d.name());
    Map<String, Object> obj;
    try {
      obj = api.require(ref);
    } catch (ApiException e) {
      throw new NotReady("dependency " + describe(d) + " not found: " + e.getMessage());
    }
    if (obj.get("metadata") instanceof Map<?, ?> meta
        && meta.get("annotations") instanceof Map<?, ?> ann) {
      ((Map<String, Object>) ann).remove(LAST_APPLIED);
    }
    if ("v1".equals(d.apiVersion()) && "Secret".equals(d.kind()) && !ns.equals(rsetNamespace)) {
      obj.remove("data");
      obj.remove("stringData");
    }
    if (!d.ready()) {
      return;
    }
    if (expr != null) {
      boolean ok;
      try {
        ok = expr.evaluate(obj);
      } catch (ReadyExpression.EvalException e) {
        throw new NotReady(SecretRedactor.redact(e.getMessage(), obj));
      }
      if (!ok) {
        throw new NotReady(
            "dependency " + describe(d) + " not ready: expression '" + expr.text() + "'");
      }
      return;
    }
    if (isFluxOperatorKind(d.apiVersion(), d.kind())) {
      boolean ok;
      try {
        ok = builtIn().evaluate(obj);
      } catch (ReadyExpression.EvalException e) {
        throw new NotReady(e.getMessage());
      }
      if (!ok) {
        throw new NotReady("dependency " + describe(d) + " not ready");
      }
      return;
    }
    KStatus.Result status = KStatus.compute(obj);
    if (status.status() != KStatus.Status.Current) {
      throw new NotReady("dependency " + describe(d) + " not ready: status " + status.status());
    }
  }

  static boolean isFluxOperatorKind(String apiVersion, String kind) {
    return "fluxcd.controlplane.io/v1".equals(apiVersion)
        && (kind.equals("ResourceSet")
            || kind.equals("ResourceSetInputProvider")
            || kind.equals("FluxInstance"));
  }

  private static ReadyExpression builtIn;

  static synchronized ReadyExpression builtIn() {
    if (builtIn == null) {
      try {
        builtIn = ReadyExpression.parse(ReadyExpression.BUILT_IN);
      } catch (ReadyExpression.ParseException e) {
        throw new IllegalStateException(e);
      }
    }
    return builtIn;
  }
}
