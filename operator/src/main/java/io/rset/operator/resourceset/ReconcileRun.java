package io.rset.operator.resourceset;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.rset.core.build.AppliedDigest;
import io.rset.core.build.BuildException;
import io.rset.core.build.ClusterData;
import io.rset.core.build.ObjectMetadata;
import io.rset.core.build.PostBuildException;
import io.rset.core.build.ResourceSetBuilder;
import io.rset.core.build.SpecValidator;
import io.rset.core.build.StepResult;
import io.rset.core.inputs.InputException;
import io.rset.core.inputs.InputResult;
import io.rset.core.model.Dependency;
import io.rset.core.model.ManifestException;
import io.rset.core.model.ResourceSetStep;
import io.rset.core.time.GoDuration;
import io.rset.operator.api.Manifests;
import io.rset.operator.api.ResourceSet;
import io.rset.operator.status.Conditions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reconcile of one ResourceSet (spec §4.2), as named steps: disabled check, readyExpr parsing,
 * dependencies, progress, validation, inputs, build, apply (steps, health checks, garbage
 * collection) and the deferred status finalisation (§4.2.1).
 */
final class ReconcileRun {
  static final String RECONCILE_ANNOTATION = "fluxcd.controlplane.io/reconcile";
  static final String RECONCILE_EVERY = "fluxcd.controlplane.io/reconcileEvery";
  static final String RECONCILE_TIMEOUT = "fluxcd.controlplane.io/reconcileTimeout";
  static final String REQUESTED_AT = "reconcile.fluxcd.io/requestedAt";
  static final Duration DEFAULT_INTERVAL = Duration.ofHours(1);
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
  static final String PROGRESS_MESSAGE = "Reconciliation in progress";

  private static final Logger LOG = LoggerFactory.getLogger(ReconcileRun.class);

  /** How a reconcile ends. */
  sealed interface Outcome permits Requeue, Stop, Failed {}

  /** Requeue after {@code after}. */
  record Requeue(Duration after) implements Outcome {}

  /** No requeue (disabled, terminal stall, or interval ≤ 0). */
  record Stop() implements Outcome {}

  /** Return an error so the runtime retries with exponential backoff. */
  record Failed(String message) implements Outcome {}

  /** The error JOSDK sees for a failed reconcile; carries no cause (messages only). */
  static final class ReconcileFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReconcileFailedException(String message) {
      super(message, null, false, false);
    }
  }

  private final ResourceSetReconciler owner;
  private final ReconcilerSettings settings;
  private ResourceSet rs;
  private final java.util.function.Function<Instant, String> pendingTrigger;
  private final Instant start;
  private final Map<String, Object> status;
  private final Conditions conditions;
  private final Long generation;
  private final String name;
  private final String namespace;

  /**
   * @param pendingTrigger for a time, the {@code Kind/ns/name} of an event that asked for a new
   *     reconcile since then, or null
   */
  ReconcileRun(
      ResourceSetReconciler owner,
      ResourceSet rs,
      java.util.function.Function<Instant, String> pendingTrigger) {
    this.owner = owner;
    this.settings = owner.settings();
    this.rs = rs;
    this.pendingTrigger = pendingTrigger;
    this.start = settings.clock().instant();
    this.status =
        rs.getStatus() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(rs.getStatus());
    this.conditions =
        new Conditions(rs.getStatus() == null ? List.of() : rs.getStatus().conditions());
    this.generation = rs.getMetadata().getGeneration();
    this.name = rs.getMetadata().getName();
    this.namespace = rs.getMetadata().getNamespace();
  }

  /** Runs the reconcile and the deferred finalisation; failures become exceptions for backoff. */
  UpdateControl<ResourceSet> run() {
    Outcome outcome;
    try {
      outcome = reconcile();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = new Failed("reconcile interrupted");
    } catch (KubernetesClientException e) {
      outcome = new Failed(ApiException.of(e).getMessage());
    }
    finish();
    if (outcome instanceof Requeue r) {
      return UpdateControl.<ResourceSet>noUpdate()
          .rescheduleAfter(Math.max(1, r.after().toMillis()));
    }
    if (outcome instanceof Failed f) {
      throw new ReconcileFailedException(f.message());
    }
    return UpdateControl.noUpdate();
  }

  static boolean disabled(ResourceSet rs) {
    return "disabled".equalsIgnoreCase(annotation(rs, RECONCILE_ANNOTATION));
  }

  static String annotation(ResourceSet rs, String key) {
    Map<String, String> a = rs.getMetadata().getAnnotations();
    return a == null ? null : a.get(key);
  }

  private Instant now() {
    return settings.clock().instant();
  }

  private void setCondition(String type, String st, String reason, String message) {
    conditions.set(type, st, reason, message, generation, now());
  }

  // ---- the loop ---------------------------------------------------------------------------------

  private Outcome reconcile() throws InterruptedException {
    boolean disabled = disabled(rs);
    if (conditions.list().isEmpty()) {
      // the finalizer was just added (spec §4.2 step 4)
      if (disabled) {
        setCondition(
            Conditions.READY,
            "True",
            "ReconciliationDisabled",
            "Initialized with reconciliation suspended");
      } else {
        setCondition(Conditions.READY, "Unknown", "Progressing", PROGRESS_MESSAGE);
        setCondition(Conditions.RECONCILING, "True", "Progressing", PROGRESS_MESSAGE);
      }
    }
    if (disabled) {
      owner
          .events()
          .record(
              rs, EventRecorder.WARNING, "ReconciliationDisabled", "Reconciliation is disabled");
      return new Stop();
    }

    io.rset.core.model.ResourceSet model = null;
    String invalid = null;
    try {
      model = Manifests.toModel(rs);
    } catch (ManifestException e) {
      invalid = Manifests.describe(e);
    }

    List<Dependency> deps = model == null ? List.of() : model.spec().dependsOn();
    Map<Integer, ReadyExpression> exprs;
    try {
      exprs = DependencyChecker.parse(deps);
    } catch (DependencyChecker.InvalidExpression e) {
      return stall(
          "InvalidCELExpression",
          "Reconciliation failed terminally due to configuration error: " + e.getMessage(),
          false);
    }
    try {
      new DependencyChecker(owner.operatorApi()).check(deps, exprs, namespace);
    } catch (DependencyChecker.NotReady e) {
      String msg = "Retrying dependency check: " + e.getMessage();
      boolean transition = !"DependencyNotReady".equals(conditions.reason(Conditions.READY));
      setCondition(Conditions.READY, "False", "DependencyNotReady", msg);
      if (transition) {
        owner.events().record(rs, EventRecorder.NORMAL, "DependencyNotReady", msg);
      }
      LOG.info(msg);
      return new Requeue(settings.requeueDependency());
    }

    setCondition(Conditions.READY, "Unknown", "Progressing", PROGRESS_MESSAGE);
    setCondition(Conditions.RECONCILING, "True", "Progressing", PROGRESS_MESSAGE);
    conditions.delete(Conditions.STALLED);
    patchStatus();

    if (invalid != null) {
      return stall("BuildFailed", "build failed: " + invalid, true);
    }
    try {
      SpecValidator.validate(model.spec());
    } catch (BuildException e) {
      return stall("BuildFailed", "build failed: " + e.getMessage(), true);
    }
    InputResult inputs;
    try {
      inputs = new InputsResolver(owner.operatorClient()).resolve(model);
    } catch (InputException e) {
      return stall("BuildFailed", "failed to compute inputs: " + e.getMessage(), true);
    }
    List<StepResult> steps;
    if (inputs.rendersNothing()) {
      LOG.info("No inputs returned from providers, reconciling an empty set");
      steps = List.of(new StepResult(null, List.of()));
    } else {
      try {
        steps = ResourceSetBuilder.build(model.spec(), inputs.combined());
      } catch (BuildException e) {
        return stall("BuildFailed", "build failed: " + e.getMessage(), true);
      }
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("inputs", String.valueOf(inputs.sets().size()));
    metadata.put("resources", String.valueOf(ResourceSetBuilder.flatten(steps).size()));
    if (!model.spec().steps().isEmpty()) {
      metadata.put("steps", String.valueOf(model.spec().steps().size()));
    }
    return apply(model, steps, metadata);
  }

  // ---- apply (§4.4-§4.8) ------------------------------------------------------------------------

  private Outcome apply(
      io.rset.core.model.ResourceSet model, List<StepResult> steps, Map<String, String> metadata)
      throws InterruptedException {
    Inventory old = Inventory.read(inventoryEntries());
    KubeApi api = owner.apiFor(namespace, serviceAccount(model));
    List<Map<String, Object>> all = ResourceSetBuilder.flatten(steps);
    ObjectMetadata.apply(
        all, model.spec().commonMetadata(), name, namespace, ObjectMetadata.Order.CONTROLLER);
    try {
      List<String> external = ClusterData.apply(all, new ClusterObjectLookup(api));
      if (external.isEmpty()) {
        status.remove("externalChecksumRefs");
      } else {
        status.put("externalChecksumRefs", new ArrayList<>(external));
      }
    } catch (PostBuildException e) {
      return failed(
          e.getMessage(), digestOf(all), metadata, Inventory.sortedUnion(old, new Inventory()));
    }
    owner.watches().index(rs, all);
    normalize(all);
    String digest = digestOf(all);

    Duration rsetTimeout = GoDuration.parseOr(annotation(rs, RECONCILE_TIMEOUT), DEFAULT_TIMEOUT);
    boolean forceAll = "enabled".equalsIgnoreCase(annotation(rs, Applier.FORCE));
    Applier applier = new Applier(api, settings, forceAll, start.plus(rsetTimeout));
    JobRecreator jobs = new JobRecreator(api, settings, name, namespace);
    HealthChecker health = new HealthChecker(api, settings.healthPollInterval(), settings.clock());
    Map<String, ResourceSetStep> stepSpecs = new LinkedHashMap<>();
    model.spec().steps().forEach(s -> stepSpecs.put(s.name(), s));

    Inventory next = new Inventory();
    List<ChangeEntry> finalChanges = List.of();
    int n = steps.size();
    for (int i = 0; i < n; i++) {
      StepResult step = steps.get(i);
      try {
        jobs.recreateFailedJobs(step.objects());
      } catch (OperationFailure e) {
        return failed(
            wrap(step, "job recreation failed", e.getMessage()),
            digest,
            metadata,
            Inventory.sortedUnion(old, next));
      }
      List<ChangeEntry> entries;
      try {
        entries = applier.apply(step.objects());
      } catch (OperationFailure e) {
        e.completed().forEach(c -> next.add(c.ref()));
        e.completed().forEach(c -> settings.listener().applied(c.action()));
        return failed(
            wrap(step, "apply failed", e.getMessage()),
            digest,
            metadata,
            Inventory.sortedUnion(old, next));
      }
      for (ChangeEntry e : entries) {
        settings.listener().applied(e.action());
        next.add(e.ref());
        if (e.changed()) {
          LOG.info(e.line());
        }
      }
      status.put("inventory", Inventory.sortedUnion(old, next).toStatus());
      if (i == n - 1) {
        finalChanges = entries;
        break;
      }
      setCondition(
          Conditions.RECONCILING,
          "True",
          "Progressing",
          "Applying step " + (i + 1) + "/" + n + " \"" + step.name() + "\"");
      patchStatus();
      List<String> changed =
          entries.stream().filter(ChangeEntry::changed).map(ChangeEntry::line).toList();
      if (!changed.isEmpty()) {
        owner
            .events()
            .record(
                rs,
                EventRecorder.NORMAL,
                "ApplySucceeded",
                "step \"" + step.name() + "\": " + String.join("\n", changed));
      }
      if (!step.objects().isEmpty()) {
        Outcome o =
            healthCheck(
                health,
                step,
                stepSpecs,
                rsetTimeout,
                digest,
                metadata,
                Inventory.sortedUnion(old, next));
        if (o != null) {
          return o;
        }
      }
    }

    List<ChangeEntry> gcEntries;
    try {
      gcEntries =
          new GarbageCollector(api, settings, name, namespace).collect(old.staleComparedTo(next));
    } catch (OperationFailure e) {
      e.completed().forEach(c -> settings.listener().applied(c.action()));
      return failed(e.getMessage(), digest, metadata, Inventory.sortedUnion(old, next));
    }
    gcEntries.forEach(e -> settings.listener().applied(e.action()));
    gcEntries.forEach(e -> LOG.info(e.line()));
    status.put("inventory", next.toStatus());
    List<String> lines = new ArrayList<>();
    finalChanges.stream().filter(ChangeEntry::changed).forEach(e -> lines.add(e.line()));
    gcEntries.forEach(e -> lines.add(e.line()));
    if (!lines.isEmpty()) {
      owner.events().record(rs, EventRecorder.NORMAL, "ApplySucceeded", String.join("\n", lines));
    }
    StepResult last = steps.get(n - 1);
    if (model.spec().waitForHealth() && !last.objects().isEmpty()) {
      Outcome o = healthCheck(health, last, stepSpecs, rsetTimeout, digest, metadata, next);
      if (o != null) {
        return o;
      }
    }

    status.put("lastAppliedRevision", digest);
    Duration took = Duration.between(start, now());
    String msg = "Reconciliation finished in " + GoDuration.elapsed(took);
    setCondition(Conditions.READY, "True", "ReconciliationSucceeded", msg);
    status.put(
        "history",
        History.upsert(history(), digest, now(), took, "ReconciliationSucceeded", metadata));
    owner.events().record(rs, EventRecorder.NORMAL, "ReconciliationSucceeded", msg);
    LOG.info(msg);
    return requeueAfterSuccess();
  }

  /** Health-checks a step's objects; null when healthy, else the outcome to return. */
  private Outcome healthCheck(
      HealthChecker health,
      StepResult step,
      Map<String, ResourceSetStep> stepSpecs,
      Duration rsetTimeout,
      String digest,
      Map<String, String> metadata,
      Inventory inventory)
      throws InterruptedException {
    Duration timeout = rsetTimeout;
    ResourceSetStep spec = step.name() == null ? null : stepSpecs.get(step.name());
    if (spec != null && spec.timeout() != null) {
      timeout = GoDuration.parseOr(spec.timeout(), rsetTimeout);
    }
    List<ObjectRef> refs = step.objects().stream().map(ObjectRef::of).toList();
    Instant waitStart = now();
    try {
      health.waitFor(refs, timeout, () -> pendingTrigger(waitStart));
      return null;
    } catch (HealthChecker.HealthException e) {
      return failed(wrap(step, "health check failed", e.getMessage()), digest, metadata, inventory);
    } catch (HealthChecker.Canceled e) {
      status.put("inventory", inventory.toStatus());
      setCondition(Conditions.READY, "False", "HealthCheckCanceled", e.getMessage());
      owner
          .events()
          .record(
              rs,
              EventRecorder.NORMAL,
              "HealthCheckCanceled",
              "Health checks canceled due to new reconciliation triggered by " + e.trigger);
      return new Requeue(Duration.ofNanos(1));
    }
  }

  private String pendingTrigger(Instant since) {
    return pendingTrigger.apply(since);
  }

  private static String wrap(StepResult step, String what, String message) {
    return step.name() == null ? message : "step \"" + step.name() + "\" " + what + ": " + message;
  }

  private Outcome failed(
      String error, String digest, Map<String, String> metadata, Inventory inventory) {
    status.put("inventory", inventory.toStatus());
    String msg = "reconciliation failed: " + error;
    setCondition(Conditions.READY, "False", "ReconciliationFailed", msg);
    status.put(
        "history",
        History.upsert(
            history(),
            digest,
            now(),
            Duration.between(start, now()),
            "ReconciliationFailed",
            metadata));
    owner.events().record(rs, EventRecorder.WARNING, "ReconciliationFailed", msg);
    LOG.info(msg);
    return new Failed(msg);
  }

  /** A terminal stall: Ready=False and Stalled=True with the same reason and message. */
  private Outcome stall(String reason, String message, boolean recordHistory) {
    setCondition(Conditions.READY, "False", reason, message);
    setCondition(Conditions.STALLED, "True", reason, message);
    conditions.delete(Conditions.RECONCILING);
    if (recordHistory) {
      status.put(
          "history",
          History.upsert(
              history(), specDigest(), now(), Duration.between(start, now()), reason, null));
    }
    owner.events().record(rs, EventRecorder.WARNING, reason, message);
    LOG.info(message);
    return new Stop();
  }

  private Outcome requeueAfterSuccess() {
    Duration every = GoDuration.parseOr(annotation(rs, RECONCILE_EVERY), DEFAULT_INTERVAL);
    if (every.isZero() || every.isNegative()) {
      return new Stop();
    }
    int pct = settings.intervalJitterPercent();
    if (pct > 0) {
      double factor = 1 + (ThreadLocalRandom.current().nextDouble() * 2 - 1) * pct / 100.0;
      every = Duration.ofNanos((long) (every.toNanos() * factor));
    }
    return new Requeue(every);
  }

  // ---- status -----------------------------------------------------------------------------------

  private void patchStatus() {
    status.put("conditions", conditions.list());
    rs = owner.statusPatcher().patch(rs, status);
  }

  /** Spec §4.2.1: lastHandledReconcileAt, Reconciling clean-up, then the status patch. */
  private void finish() {
    String requested = annotation(rs, REQUESTED_AT);
    if (requested != null) {
      status.put("lastHandledReconcileAt", requested);
    }
    if (conditions.isFalse(Conditions.READY) && conditions.has(Conditions.RECONCILING)) {
      Map<String, Object> c = conditions.get(Conditions.RECONCILING);
      setCondition(
          Conditions.RECONCILING,
          String.valueOf(c.get("status")),
          "ProgressingWithRetry",
          String.valueOf(c.get("message")));
    }
    if (conditions.isTrue(Conditions.READY) || conditions.isTrue(Conditions.STALLED)) {
      conditions.delete(Conditions.RECONCILING);
    }
    patchStatus();
    settings.listener().statusRecorded(rs);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> inventoryEntries() {
    if (status.get("inventory") instanceof Map<?, ?> inv
        && inv.get("entries") instanceof List<?> l) {
      return l.stream().filter(Map.class::isInstance).map(o -> (Map<String, Object>) o).toList();
    }
    return List.of();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> history() {
    if (status.get("history") instanceof List<?> l) {
      return l.stream().filter(Map.class::isInstance).map(o -> (Map<String, Object>) o).toList();
    }
    return List.of();
  }

  private String serviceAccount(io.rset.core.model.ResourceSet model) {
    String sa = model.spec().serviceAccountName();
    return sa != null && !sa.isEmpty() ? sa : settings.defaultServiceAccount();
  }

  // ---- normalisation and digests ----------------------------------------------------------------

  /**
   * Spec §3.9.6: Secret stringData merged into data, {@code protocol: TCP} defaulted on ports,
   * status removed (except CRDs), {@code metadata.creationTimestamp: null}. The typed round trip of
   * the Go client (unknown fields dropped, zero-value structs added) is not reproduced.
   */
  @SuppressWarnings("unchecked")
  static void normalize(List<Map<String, Object>> objects) {
    for (Map<String, Object> o : objects) {
      if ("v1".equals(o.get("apiVersion"))
          && "Secret".equals(o.get("kind"))
          && o.get("stringData") instanceof Map<?, ?> sd) {
        Map<String, Object> data =
            o.get("data") instanceof Map<?, ?> d
                ? new LinkedHashMap<>((Map<String, Object>) d)
                : new LinkedHashMap<>();
        ((Map<String, Object>) sd)
            .forEach(
                (k, v) ->
                    data.put(
                        k,
                        Base64.getEncoder()
                            .encodeToString(
                                String.valueOf(v == null ? "" : v)
                                    .getBytes(StandardCharsets.UTF_8))));
        o.put("data", new LinkedHashMap<>(new TreeMap<>(data)));
        o.remove("stringData");
      }
      defaultPortProtocols(o);
      if (!"CustomResourceDefinition".equals(o.get("kind"))) {
        o.remove("status");
      }
      if (o.get("metadata") instanceof Map<?, ?> m) {
        ((Map<String, Object>) m).put("creationTimestamp", null);
      }
    }
  }

  /** Pod specs by kind: the path from the object to its pod spec, for the workload kinds. */
  private static final Map<String, List<String>> POD_SPEC_PATHS =
      Map.of(
          "v1/Pod", List.of("spec"),
          "apps/v1/Deployment", List.of("spec", "template", "spec"),
          "apps/v1/StatefulSet", List.of("spec", "template", "spec"),
          "apps/v1/DaemonSet", List.of("spec", "template", "spec"),
          "apps/v1/ReplicaSet", List.of("spec", "template", "spec"),
          "batch/v1/Job", List.of("spec", "template", "spec"),
          "batch/v1/CronJob", List.of("spec", "jobTemplate", "spec", "template", "spec"));

  /**
   * {@code protocol: TCP} on container ports of the workload kinds and on Service ports that set
   * none, as the typed round trip of the Go client does (the API server defaults it too).
   */
  @SuppressWarnings("unchecked")
  private static void defaultPortProtocols(Map<String, Object> o) {
    String key = o.get("apiVersion") + "/" + o.get("kind");
    if (key.equals("v1/Service")) {
      if (o.get("spec") instanceof Map<?, ?> spec) {
        defaultProtocol(spec.get("ports"));
      }
      return;
    }
    List<String> path = POD_SPEC_PATHS.get(key);
    if (path == null) {
      return;
    }
    Object at = o;
    for (String field : path) {
      at = at instanceof Map<?, ?> m ? m.get(field) : null;
    }
    if (at instanceof Map<?, ?> podSpec) {
      for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
        if (podSpec.get(list) instanceof List<?> containers) {
          for (Object c : containers) {
            if (c instanceof Map<?, ?> container) {
              defaultProtocol(container.get("ports"));
            }
          }
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void defaultProtocol(Object ports) {
    if (ports instanceof List<?> list) {
      for (Object p : list) {
        if (p instanceof Map<?, ?> port && !port.containsKey("protocol")) {
          ((Map<String, Object>) port).put("protocol", "TCP");
        }
      }
    }
  }

  static String digestOf(List<Map<String, Object>> objects) {
    try {
      return AppliedDigest.of(objects);
    } catch (IllegalArgumentException e) {
      return sha256(String.valueOf(objects.size()));
    }
  }

  /** SHA-256 of the spec's JSON in Go's field order (empty fields omitted). */
  private String specDigest() {
    List<String> order =
        List.of(
            "commonMetadata",
            "inputStrategy",
            "inputs",
            "inputsFrom",
            "resources",
            "resourcesTemplate",
            "steps",
            "dependsOn",
            "serviceAccountName",
            "wait");
    Map<String, Object> spec = rs.getSpec() == null ? Map.of() : rs.getSpec();
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String k : order) {
      Object v = spec.get(k);
      if (v == null
          || (v instanceof String s && s.isEmpty())
          || Boolean.FALSE.equals(v)
          || (v instanceof List<?> l && l.isEmpty())
          || (v instanceof Map<?, ?> m && m.isEmpty())) {
        continue;
      }
      ordered.put(k, v);
    }
    return sha256(io.rset.core.yaml.YamlWriter.toJson(Manifests.plain(ordered)).strip());
  }

  static String sha256(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return "sha256:"
          + HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
