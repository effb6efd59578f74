package io.rset.cluster.why;

import io.rset.cluster.FluxKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Ready messages the Flux controllers write (helm-controller, kustomize-controller,
 * source-controller, flux-operator) into a {@link Signal}. The patterns are the controllers' own
 * format strings; the first that matches wins, dependency messages first.
 */
final class Messages {
  private Messages() {}

  // helm-controller / kustomize-controller checkDependencies (types.NamespacedName is ns/name).
  private static final Pattern DEP_EXPR =
      Pattern.compile("dependency '([^'/]+)/([^']+)' is not ready according to readyExpr eval");
  private static final Pattern DEP_REVISION =
      Pattern.compile("dependency '([^'/]+)/([^']+)' revision is not up to date");
  private static final Pattern DEP_NOT_READY =
      Pattern.compile("dependency '([^'/]+)/([^']+)' is not ready");
  private static final Pattern DEP_NOT_FOUND_KS =
      Pattern.compile("dependency '([^'/]+)/([^']+)' not found");
  private static final Pattern DEP_NOT_FOUND_HR =
      Pattern.compile("unable to get '([^'/]+)/([^']+)' dependency");
  // flux-operator: dependency <apiVersion>/<Kind>/[<ns>/]<name> not found|not ready[: …].
  private static final Pattern RSET_DEP =
      Pattern.compile(
          "dependency (\\S+) (not found|not ready)(?:: expression '(.*)')?", Pattern.DOTALL);
  // helm-controller isSourceReady.
  private static final Pattern UPSTREAM_NOT_READY =
      Pattern.compile(
          "(HelmChart|OCIRepository|ExternalArtifact|HelmRepository|GitRepository|Bucket)"
              + " '([^'/]+)/([^']+)' is not ready");
  private static final Pattern SOURCE_NOT_READY =
      Pattern.compile(
          "Source artifact not found|Source is not ready, artifact not found"
              + "|Source not ready: artifact not found|no artifact available for \\S+ source"
              + "|unable to get source '|could not get Source object|failed to get source:");
  private static final Pattern HEALTH =
      Pattern.compile("(timeout waiting for|failed early due to stalled resources): \\[");
  private static final Pattern HEALTH_ITEM =
      Pattern.compile(
          "([A-Z][A-Za-z0-9]*)/(?:([a-z0-9][-a-z0-9.]*)/)?([^/\\s,\\]]+) status: '([A-Za-z]+)'"
              + "(?:: ([^,\\]\\n]*))?");
  private static final Pattern NAMESPACE =
      Pattern.compile("namespaces? \"([^\"]+)\" not found|namespace '([^']+)' not found");
  private static final Pattern MISSING_KEY =
      Pattern.compile("missing key '([^']+)' in (ConfigMap|Secret) '([^'/]+)/([^']+)'");
  private static final Pattern VALUES_KEY = Pattern.compile("values key '?([^'\\s]+?)'? not found");
  private static final Pattern MISSING_VALUES_OBJECT =
      Pattern.compile("could not find (ConfigMap|Secret) '([^'/]+)/([^']+)'");
  private static final Pattern CHART_VERSION =
      Pattern.compile("no '([^']+)' chart with version matching '([^']*)' found");
  private static final Pattern CHART_NAME =
      Pattern.compile(
          "no chart name found|no chart version found|chart not found"
              + "|invalid chart reference: .*not found");
  private static final Pattern VARIABLE =
      Pattern.compile("variable not set \\(strict mode\\): \"([^\"]+)\"");
  private static final Pattern POST_BUILD = Pattern.compile("post build failed for '([^']+)'");
  private static final Pattern RELEASE =
      Pattern.compile(
          "Helm (install|upgrade|rollback|test|uninstall) failed for release (\\S+?)"
              + "(?: with chart (\\S+?))?: (.*)",
          Pattern.DOTALL);
  private static final Pattern BUILD =
      Pattern.compile(
          "kustomize build failed|kustomization path not found|build failed:"
              + "|failed to compute inputs|failed to build");
  private static final Pattern APPLY = Pattern.compile("dry-run failed|apply failed");
  private static final Pattern FETCH =
      Pattern.compile(
          "failed to fetch|failed to checkout|failed to pull|failed to download|authentication"
              + "|failed to verify|failed to determine artifact digest|failed to get credential");

  /**
   * The signal in {@code message}, the Ready message of object {@code self}. Dependencies named by
   * HelmReleases and Kustomizations are of the object's own kind.
   */
  static Signal parse(ObjectRef self, String message) {
    if (message == null || message.isEmpty()) {
      return new Signal.Unrecognised();
    }
    Signal dep = dependency(self, message);
    if (dep != null) {
      return dep;
    }
    Matcher m = UPSTREAM_NOT_READY.matcher(message);
    if (m.find()) {
      FluxKind k = FluxKind.ofKind(m.group(1)).orElse(null);
      ObjectRef src =
          k != null
              ? ObjectRef.of(k, m.group(2), m.group(3))
              : new ObjectRef(null, m.group(1), m.group(2), m.group(3));
      return new Signal.UpstreamNotReady(src);
    }
    if (SOURCE_NOT_READY.matcher(message).find()) {
      return new Signal.SourceNotReady();
    }
    if (message.contains("Health checks canceled")
        || message.startsWith("New reconciliation triggered by")) {
      return new Signal.HealthCheckCanceled();
    }
    m = HEALTH.matcher(message);
    if (m.find()) {
      return new Signal.HealthCheck(
          stalled(message.substring(m.end())), m.group(1).startsWith("timeout"));
    }
    m = MISSING_KEY.matcher(message);
    if (m.find()) {
      return new Signal.ValuesKeyMissing(m.group(1), m.group(2), m.group(3), m.group(4));
    }
    m = VALUES_KEY.matcher(message);
    if (m.find()) {
      return new Signal.ValuesKeyMissing(m.group(1), "", "", "");
    }
    m = MISSING_VALUES_OBJECT.matcher(message);
    if (m.find()) {
      return new Signal.ValuesObjectMissing(m.group(1), m.group(2), m.group(3));
    }
    m = VARIABLE.matcher(message);
    if (m.find()) {
      Matcher pb = POST_BUILD.matcher(message);
      return new Signal.VariableNotSet(m.group(1), pb.find() ? pb.group(1) : "");
    }
    m = NAMESPACE.matcher(message);
    if (m.find()) {
      return new Signal.NamespaceMissing(m.group(1) != null ? m.group(1) : m.group(2));
    }
    m = CHART_VERSION.matcher(message);
    if (m.find()) {
      return new Signal.ChartNotFound(m.group(1), m.group(2));
    }
    if (CHART_NAME.matcher(message).find()) {
      return new Signal.ChartNotFound("", "");
    }
    m = RELEASE.matcher(message);
    if (m.find()) {
      return new Signal.ReleaseFailed(
          m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3), m.group(4));
    }
    if (BUILD.matcher(message).find()) {
      return new Signal.BuildFailed(message);
    }
    if (APPLY.matcher(message).find()) {
      return new Signal.ApplyFailed(message);
    }
    if (FETCH.matcher(message).find()) {
      return new Signal.FetchFailed(message);
    }
    return new Signal.Unrecognised();
  }

  private static Signal dependency(ObjectRef self, String message) {
    FluxKind own = self.fluxKind().orElse(null);
    if (own == FluxKind.HELM_RELEASE || own == FluxKind.KUSTOMIZATION) {
      Matcher m = DEP_EXPR.matcher(message);
      if (m.find()) {
        return new Signal.DependencyExpressionFalse(ObjectRef.of(own, m.group(1), m.group(2)), "");
      }
      m = DEP_REVISION.matcher(message);
      if (m.find()) {
        return new Signal.DependencyRevisionBehind(ObjectRef.of(own, m.group(1), m.group(2)));
      }
      m = DEP_NOT_READY.matcher(message);
      if (m.find()) {
        return new Signal.DependencyNotReady(ObjectRef.of(own, m.group(1), m.group(2)));
      }
      m = DEP_NOT_FOUND_KS.matcher(message);
      if (!m.find()) {
        m = DEP_NOT_FOUND_HR.matcher(message);
        if (!m.find()) {
          return null;
        }
      }
      return new Signal.DependencyNotFound(ObjectRef.of(own, m.group(1), m.group(2)));
    }
    if (own == FluxKind.RESOURCE_SET) {
      Matcher m = RSET_DEP.matcher(message);
      if (!m.find()) {
        return null;
      }
      ObjectRef dep = rsetDependency(m.group(1));
      if (dep == null) {
        return null;
      }
      if (m.group(2).equals("not found")) {
        return new Signal.DependencyNotFound(dep);
      }
      if (m.group(3) != null) {
        return new Signal.DependencyExpressionFalse(dep, m.group(3));
      }
      return new Signal.DependencyNotReady(dep);
    }
    return null;
  }

  /**
   * {@code <apiVersion>/<Kind>/[<ns>/]<name>}: the kind is the first segment starting with an
   * upper-case letter (group and version never do).
   */
  static ObjectRef rsetDependency(String text) {
    String[] parts = text.split("/");
    int kindAt = -1;
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
        kindAt = i;
        break;
      }
    }
    int rest = parts.length - kindAt - 1;
    if (kindAt < 1 || rest < 1 || rest > 2) {
      return null;
    }
    String apiVersion = String.join("/", java.util.Arrays.copyOfRange(parts, 0, kindAt));
    String kind = parts[kindAt];
    String ns = rest == 2 ? parts[kindAt + 1] : "";
    String name = parts[parts.length - 1];
    return FluxKind.ofKind(kind)
        .filter(k -> k.apiVersion().equals(apiVersion))
        .map(k -> ObjectRef.of(k, ns, name))
        .orElseGet(() -> new ObjectRef(apiVersion, kind, ns, name));
  }

  /** The objects listed in a health-check message, from the text after its opening bracket. */
  static List<Signal.Stalled> stalled(String text) {
    int end = text.indexOf(']');
    int newline = text.indexOf('\n');
    String list = text;
    if (newline >= 0 && (end < 0 || newline < end)) {
      list = text.substring(0, newline);
    }
    List<Signal.Stalled> out = new ArrayList<>();
    Matcher m = HEALTH_ITEM.matcher(list);
    while (m.find()) {
      String kind = m.group(1);
      String ns = m.group(2) == null ? "" : m.group(2);
      FluxKind fk = FluxKind.ofKind(kind).orElse(null);
      ObjectRef ref =
          fk != null ? ObjectRef.of(fk, ns, m.group(3)) : new ObjectRef(null, kind, ns, m.group(3));
      out.add(new Signal.Stalled(ref, m.group(4), m.group(5) == null ? "" : m.group(5).strip()));
    }
    return out;
  }
}
