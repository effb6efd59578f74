package io.rset.cluster.why;

import io.rset.cluster.FluxKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The words of each cause: what is wrong and how to fix it, for one object. */
final class Diagnoses {
  private Diagnoses() {}

  static Diagnosis suspended(FluxObject o) {
    String what =
        o.is(FluxKind.RESOURCE_SET) || o.is(FluxKind.RESOURCE_SET_INPUT_PROVIDER)
            ? "reconciliation of "
                + o.ref()
                + " is disabled (fluxcd.controlplane.io/reconcile: disabled)"
            : "reconciliation of " + o.ref() + " is suspended (spec.suspend: true)";
    return Diagnosis.of(
        Cause.SUSPENDED, what, "resume it: " + Commands.resume(o.ref()) + origin(o));
  }

  static Diagnosis notFound(
      ObjectRef missing, FluxObject dependent, Via via, List<ObjectRef> suggestions) {
    String field =
        switch (via) {
          case DEPENDS_ON -> "spec.dependsOn";
          case SOURCE ->
              dependent.is(FluxKind.HELM_RELEASE)
                  ? (Fields.map(dependent.raw(), "spec", "chartRef").isEmpty()
                      ? "spec.chart.spec.sourceRef"
                      : "spec.chartRef")
                  : "spec.sourceRef";
          case INPUT_PROVIDER -> "spec.inputsFrom";
          default -> "";
        };
    String role =
        switch (via) {
          case DEPENDS_ON -> "a dependency of ";
          case SOURCE -> "the source of ";
          case HELM_CHART -> "the chart of ";
          case INPUT_PROVIDER -> "an input provider of ";
          default -> "named by ";
        };
    String summary = missing + ", " + role + dependent.ref() + ", does not exist";
    String did =
        suggestions.isEmpty()
            ? ""
            : "did you mean "
                + suggestions.stream()
                    .map(ObjectRef::namespacedName)
                    .collect(Collectors.joining(" or "))
                + "? ";
    String fix;
    if (via == Via.HELM_CHART) {
      fix =
          "helm-controller creates it from spec.chart of "
              + dependent.ref()
              + ": check that helm-controller is running and read its logs";
    } else if (field.isEmpty()) {
      fix = did + "create " + missing + ", or correct the reference to it";
    } else if (suggestions.isEmpty()) {
      fix =
          "create "
              + missing
              + " (check its namespace too), or remove it from "
              + field
              + " of "
              + dependent.ref()
              + origin(dependent);
    } else {
      fix = did + "correct " + field + " of " + dependent.ref() + origin(dependent);
    }
    Diagnosis d = Diagnosis.of(Cause.NOT_FOUND, summary, fix);
    return d.with(
        "suggestions",
        suggestions.stream().map(ObjectRef::namespacedName).collect(Collectors.joining(", ")));
  }

  static Diagnosis cycle(List<ObjectRef> cycle) {
    String text = cycle.stream().map(ObjectRef::toString).collect(Collectors.joining(" → "));
    return Diagnosis.of(
            Cause.DEPENDENCY_CYCLE,
            "dependency cycle: " + text + "; none of them can become ready",
            "remove one dependsOn edge of the cycle (each object waits for the next one)")
        .with("cycle", text);
  }

  static Diagnosis upstreamReadyNow(FluxObject o, ObjectRef upstream) {
    return Diagnosis.of(
        Cause.UPSTREAM_READY_NOW,
        o.ref() + " reports that " + upstream + " is not ready, but it is ready now",
        Commands.controller(o.ref())
            + " retries on an interval; to retry now run `"
            + Commands.reconcile(o.ref())
            + "`");
  }

  static Diagnosis expressionFalse(FluxObject o, ObjectRef dep, String expression) {
    return Diagnosis.of(
            Cause.DEPENDENCY_EXPRESSION_FALSE,
            dep + " is ready, but the readyExpr of " + o.ref() + "'s dependsOn entry is false",
            "compare the expression with the status of "
                + dep
                + ", and correct the readyExpr in spec.dependsOn of "
                + o.ref()
                + origin(o))
        .with("readyExpr", expression);
  }

  static Diagnosis revisionBehind(FluxObject o, ObjectRef dep) {
    return Diagnosis.of(
        Cause.DEPENDENCY_REVISION_BEHIND,
        dep + " has not yet applied the source revision " + o.ref() + " is at",
        "wait for " + dep + " to apply it, or run `" + Commands.reconcile(dep) + "`");
  }

  static Diagnosis generationBehind(FluxObject o) {
    String c = Commands.controller(o.ref());
    return Diagnosis.of(
            Cause.GENERATION_NOT_OBSERVED,
            c
                + " has not reconciled generation "
                + o.generation()
                + " of "
                + o.ref()
                + " (it last observed generation "
                + o.observedGeneration()
                + ")",
            "check that "
                + c
                + " is running (`kubectl -n flux-system get deploy "
                + c
                + "`) and read its logs; then run `"
                + Commands.reconcile(o.ref())
                + "`")
        .with("generation", String.valueOf(o.generation()))
        .with("observedGeneration", String.valueOf(o.observedGeneration()));
  }

  static Diagnosis neverReconciled(FluxObject o) {
    String c = Commands.controller(o.ref());
    return Diagnosis.of(
        Cause.NEVER_RECONCILED,
        o.ref() + " has no status: " + c + " has never reconciled it",
        "check that "
            + c
            + " is installed and running (`kubectl -n flux-system get deploy "
            + c
            + "`) and read its logs");
  }

  static Diagnosis progressing(FluxObject o) {
    String message =
        o.condition("Reconciling")
            .filter(Condition::isTrue)
            .map(Condition::message)
            .orElse(o.readyCondition().map(Condition::message).orElse(""));
    String wait =
        o.is(FluxKind.RESOURCE_SET)
            ? "`rset wait rset " + o.ref().name() + " -n " + o.ref().namespace() + "`"
            : "`kubectl get "
                + o.ref().kind().toLowerCase(Locale.ROOT)
                + " "
                + o.ref().name()
                + " -n "
                + o.ref().namespace()
                + " -w`";
    return Diagnosis.of(
        Cause.PROGRESSING,
        o.ref() + " is still reconciling" + (message.isEmpty() ? "" : ": " + firstLine(message)),
        "nothing upstream blocks it; wait for it with " + wait);
  }

  static Diagnosis stalled(FluxObject o, Condition stalled) {
    return Diagnosis.of(
        Cause.STALLED,
        o.ref() + " is stalled: " + firstLine(stalled.message()),
        Commands.controller(o.ref())
            + " will not retry until the spec changes: correct the spec of "
            + o.ref()
            + origin(o));
  }

  static Diagnosis valuesKeyMissing(
      FluxObject o, String key, String kind, String namespace, String name, List<String> keys) {
    ObjectRef target = new ObjectRef("v1", kind, namespace, name);
    String summary =
        target + " has no key '" + key + "', which " + o.ref() + " reads in spec.valuesFrom";
    String fix;
    if (kind.equals("ConfigMap")) {
      boolean file = key.endsWith(".yaml") || key.endsWith(".yml");
      fix =
          "add "
              + (file ? "charts/" + key : key + "=<values file>")
              + " to the "
              + name
              + " configMapGenerator (the kustomization.yaml that generates ConfigMap "
              + namespace
              + "/"
              + name
              + ")";
    } else {
      fix = "add the key '" + key + "' to " + target;
    }
    String near = Suggestions.closestWord(key, keys);
    if (near != null) {
      fix += "; the " + kind + " has '" + near + "': is the file or valuesKey misspelt?";
    }
    return Diagnosis.of(Cause.VALUES_KEY_MISSING, summary, fix)
        .with("valuesFrom", kind + " " + namespace + "/" + name)
        .with("key", key)
        .with("existingKeys", String.join(", ", keys));
  }

  static Diagnosis valuesObjectMissing(
      FluxObject o, String kind, String namespace, String name, List<ObjectRef> suggestions) {
    String did =
        suggestions.isEmpty()
            ? ""
            : " (did you mean "
                + suggestions.stream().map(ObjectRef::name).collect(Collectors.joining(" or "))
                + "?)";
    String fix =
        kind.equals("ConfigMap")
            ? "create it with a configMapGenerator named "
                + name
                + did
                + " in the kustomization that deploys "
                + o.ref()
                + "; a generated name with a hash suffix needs"
                + " generatorOptions.disableNameSuffixHash: true or a nameReference configuration"
            : "create Secret " + namespace + "/" + name + did;
    return Diagnosis.of(
            Cause.VALUES_OBJECT_MISSING,
            kind
                + " "
                + namespace
                + "/"
                + name
                + ", read by spec.valuesFrom of "
                + o.ref()
                + ", does not exist",
            fix)
        .with(
            "suggestions",
            suggestions.stream().map(ObjectRef::namespacedName).collect(Collectors.joining(", ")));
  }

  static Diagnosis chartNotFound(
      FluxObject chart, String chartName, String version, FluxObject repo, ObjectRef release) {
    String url = repo == null ? "" : Fields.string(repo.raw(), "spec", "url");
    String name = chartName.isEmpty() ? Fields.string(chart.raw(), "spec", "chart") : chartName;
    String ver = version.isEmpty() ? Fields.string(chart.raw(), "spec", "version") : version;
    boolean anyVersion = ver.isEmpty() || ver.equals("*");
    String where =
        repo == null ? "its repository" : repo.ref() + (url.isEmpty() ? "" : " (" + url + ")");
    String summary =
        "chart '"
            + name
            + "'"
            + (anyVersion ? "" : " version '" + ver + "'")
            + " is not in "
            + where;
    String check =
        url.startsWith("oci://")
            ? "`helm show chart " + url + "/" + name + (anyVersion ? "" : " --version " + ver) + "`"
            : url.isEmpty()
                ? "the repository's index"
                : "`helm search repo` after `helm repo add " + repoAlias(repo) + " " + url + "`";
    String fix =
        "check the chart name and versions the repository offers ("
            + check
            + "), then correct "
            + (release == null
                ? "spec.chart and spec.version of " + chart.ref()
                : "spec.chart.spec.chart and spec.chart.spec.version of " + release);
    return Diagnosis.of(Cause.CHART_NOT_FOUND, summary, fix)
        .with("repository", repo == null ? "" : repo.ref().toString())
        .with("url", url)
        .with("chart", name)
        .with("version", ver);
  }

  private static String repoAlias(FluxObject repo) {
    return repo.ref().name();
  }

  static Diagnosis sourceFailed(FluxObject src) {
    String url = Fields.string(src.raw(), "spec", "url");
    Condition ready = src.readyCondition().orElse(null);
    SourceErrors.Reading reading = null;
    String summary;
    if (ready != null && ready.isFalse()) {
      reading = SourceErrors.read(ready.message());
      String verb =
          src.is(FluxKind.HELM_REPOSITORY)
              ? " cannot fetch its index: "
              : " cannot fetch its artifact: ";
      summary = src.ref() + verb + reading.what();
    } else {
      summary = src.ref() + " has no artifact yet";
    }
    String fix =
        switch (src.kind().orElse(FluxKind.GIT_REPOSITORY)) {
          case HELM_REPOSITORY ->
              "check spec.url"
                  + (url.isEmpty() ? "" : " (" + url + ")")
                  + ": a Helm repository serves index.yaml there (an OCI registry needs"
                  + " spec.type: oci); a private one needs spec.secretRef";
          case OCI_REPOSITORY ->
              "check spec.url"
                  + (url.isEmpty() ? "" : " (" + url + ")")
                  + " and spec.ref, and the registry credentials (spec.secretRef or"
                  + " spec.provider)";
          case HELM_CHART ->
              "check spec.chart and spec.version against the repository, then run `"
                  + Commands.reconcile(src.ref())
                  + "`";
          default ->
              "check spec.url"
                  + (url.isEmpty() ? "" : " (" + url + ")")
                  + ", spec.ref and the credentials in spec.secretRef";
        };
    if (reading != null && !reading.hint().isEmpty()) {
      fix = reading.hint() + "; " + fix;
    }
    return Diagnosis.of(Cause.SOURCE_FAILED, summary, fix + origin(src)).with("url", url);
  }

  static Diagnosis namespaceMissing(FluxObject o, String namespace, ObjectRef namespacesSet) {
    String summary = "namespace " + namespace + " does not exist; " + o.ref() + " applies into it";
    String fix;
    if (namespacesSet != null) {
      fix =
          "add "
              + namespace
              + " to the inputs of "
              + namespacesSet
              + ", the ResourceSet that creates the platform's namespaces (namespaces.yaml)";
    } else {
      fix =
          "create namespace "
              + namespace
              + " (no ResourceSet in the cluster creates namespaces)"
              + (o.is(FluxKind.HELM_RELEASE)
                  ? ", or set spec.install.createNamespace: true on " + o.ref()
                  : "");
    }
    return Diagnosis.of(Cause.NAMESPACE_MISSING, summary, fix)
        .with("namespace", namespace)
        .with("namespacesResourceSet", namespacesSet == null ? "" : namespacesSet.toString());
  }

  static Diagnosis variableNotSet(FluxObject o, String variable, String object) {
    List<String> from = new ArrayList<>();
    for (Object s : Fields.list(o.raw(), "spec", "postBuild", "substituteFrom")) {
      from.add(Fields.string(s, "kind") + " " + Fields.string(s, "name"));
    }
    String summary =
        "variable "
            + variable
            + " is not defined for the post-build substitution of "
            + o.ref()
            + " (strict mode)"
            + (object.isEmpty() ? "" : "; it is used in '" + object + "'");
    String where =
        from.isEmpty()
            ? "spec.postBuild.substitute"
            : "spec.postBuild.substitute or one of " + String.join(", ", from);
    String fix =
        "define "
            + variable
            + " in "
            + where
            + "; if ${"
            + variable
            + "} is meant literally (a script, a dashboard, a password hash), write $${"
            + variable
            + "} or label that object kustomize.toolkit.fluxcd.io/substitute: disabled";
    return Diagnosis.of(Cause.VARIABLE_NOT_SET, summary, fix)
        .with("variable", variable)
        .with("object", object)
        .with("substituteFrom", String.join(", ", from));
  }

  static Diagnosis healthCheck(
      FluxObject o, Signal.HealthCheck h, Signal.Stalled pick, boolean retriesExhausted) {
    String status = "'" + pick.status() + "'" + (pick.error().isEmpty() ? "" : ": " + pick.error());
    String check = o.is(FluxKind.HELM_RELEASE) ? "Helm's wait for " : "the health check of ";
    String summary =
        h.timedOut()
            ? check + o.ref() + " timed out waiting for " + pick.ref() + " (status " + status + ")"
            : check + o.ref() + " failed early: " + pick.ref() + " is " + status;
    String fix =
        "find out why "
            + pick.ref()
            + " does not become ready: its events are below (`"
            + Commands.describe(pick.ref())
            + "`); if it only needs longer, raise spec.timeout of "
            + o.ref()
            + retries(o, retriesExhausted);
    String all =
        h.objects().stream().map(s -> s.ref() + " " + s.status()).collect(Collectors.joining(", "));
    return Diagnosis.of(Cause.HEALTH_CHECK_FAILED, summary, fix)
        .with("stalled", pick.ref() + " " + pick.status())
        .with("waitedFor", h.objects().size() > 1 ? all : "")
        .at(pick.ref());
  }

  static Diagnosis healthCheckWithoutObject(FluxObject o, Condition ready) {
    return Diagnosis.of(
        Cause.HEALTH_CHECK_FAILED,
        "the health check of " + o.ref() + " failed: " + firstLine(ready.message()),
        "read the message and the events below; if the objects only need longer, raise"
            + " spec.timeout of "
            + o.ref());
  }

  static Diagnosis releaseFailed(FluxObject o, Signal.ReleaseFailed r, boolean retriesExhausted) {
    String summary =
        "Helm "
            + r.action()
            + " of release "
            + r.release()
            + (r.chart().isEmpty() ? "" : " (chart " + r.chart() + ")")
            + " failed: "
            + firstLine(r.error());
    String fix =
        "correct the cause in the message (values, chart version, or an object the chart"
            + " creates), then run `"
            + Commands.reconcile(o.ref())
            + "`"
            + retries(o, retriesExhausted);
    return Diagnosis.of(
        retriesExhausted ? Cause.RETRIES_EXHAUSTED : Cause.RELEASE_FAILED, summary, fix);
  }

  private static String retries(FluxObject o, boolean exhausted) {
    if (!exhausted) {
      return "";
    }
    return "; helm-controller has used up its remediation retries and stopped: after the fix run"
        + " `flux reconcile helmrelease "
        + o.ref().name()
        + " -n "
        + o.ref().namespace()
        + " --force`";
  }

  private static final java.util.regex.Pattern MISSING_INPUT =
      java.util.regex.Pattern.compile(
          "template: (\\S+?):(\\d+):(\\d+): executing \"[^\"]*\" at <(inputs[^>]*)>: map has no"
              + " entry for key \"([^\"]+)\"");

  static Diagnosis buildFailed(FluxObject o, String message) {
    boolean resourceSet = o.is(FluxKind.RESOURCE_SET) || o.is(FluxKind.RESOURCE_SET_INPUT_PROVIDER);
    java.util.regex.Matcher m = MISSING_INPUT.matcher(message);
    if (resourceSet && m.find()) {
      String key = m.group(5);
      return Diagnosis.of(
              Cause.BUILD_FAILED,
              "the template of "
                  + o.ref()
                  + " reads "
                  + m.group(4)
                  + " (line "
                  + m.group(2)
                  + ", column "
                  + m.group(3)
                  + "), but an input set has no key "
                  + key,
              "add "
                  + key
                  + " to every input set, or read it with `get inputs \""
                  + key
                  + "\" | default …`; `rset build rset -f <file>` shows the input set and the"
                  + " line"
                  + origin(o))
          .with("key", key);
    }
    String fix;
    if (resourceSet) {
      fix =
          "`rset build rset -f <file>` reproduces the error offline with its file, line and"
              + " column; correct the template or inputs"
              + origin(o);
    } else {
      String path = Fields.string(o.raw(), "spec", "path");
      fix =
          "run `kustomize build` on spec.path"
              + (path.isEmpty() ? "" : " (" + path + ")")
              + " of the source revision to see the error, and correct the files there";
    }
    return Diagnosis.of(
        Cause.BUILD_FAILED, o.ref() + " cannot build its objects: " + firstLine(message), fix);
  }

  static Diagnosis applyFailed(FluxObject o, String message) {
    return Diagnosis.of(
        Cause.APPLY_FAILED,
        "the API server refused an object of " + o.ref() + ": " + firstLine(message),
        "correct the object named in the message; if it needs a CRD or namespace that another"
            + " object creates, apply it after that one (a later step or a dependent"
            + " Kustomization)");
  }

  static Diagnosis external(FluxObject o) {
    String status =
        o.conditions().stream()
            .map(c -> c.type() + "=" + c.status())
            .collect(Collectors.joining(", "));
    return Diagnosis.of(
        Cause.EXTERNAL_NOT_READY,
        o.ref() + " is not ready" + (status.isEmpty() ? "" : " (" + status + ")"),
        "find out why from its events below (`" + Commands.describe(o.ref()) + "`)");
  }

  static Diagnosis unknown(FluxObject o) {
    Condition ready = o.readyCondition().orElse(null);
    String c = Commands.controller(o.ref());
    return Diagnosis.of(
        Cause.UNKNOWN,
        o.ref()
            + " is not ready"
            + (ready == null || ready.message().isEmpty() ? "" : ": " + firstLine(ready.message())),
        "no known cause matches this message: read the events below and the "
            + c
            + " logs (`kubectl -n flux-system logs deploy/"
            + c
            + "`)");
  }

  /** Where to make a spec change when a ResourceSet generated the object. */
  static String origin(FluxObject o) {
    return o.generatedBy()
        .map(r -> " (it is generated by " + r + ": change its template or inputs there)")
        .orElse("");
  }

  static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  static List<String> keys(Map<String, Object> configMapOrSecret) {
    List<String> out = new ArrayList<>(Fields.map(configMapOrSecret, "data").keySet());
    for (String k : Fields.map(configMapOrSecret, "binaryData").keySet()) {
      if (!out.contains(k)) {
        out.add(k);
      }
    }
    out.sort(null);
    return out;
  }
}
