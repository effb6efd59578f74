package io.rset.cluster.why;

import io.rset.cluster.ClusterException;
import io.rset.cluster.FluxKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Explains why a Flux object is not ready. Starting at the asked object it reads the Ready message,
 * follows what the message blames (a dependency, the HelmChart, the source, an object of a health
 * check, the namespaces ResourceSet) or, when the message says nothing useful, the first upstream
 * object that is missing or not ready — until it reaches an object whose failure is its own. Every
 * object is visited at most once, so a dependency cycle is reported, never followed round.
 *
 * <p>One analyser answers one question: it caches what it reads.
 */
public final class WhyAnalyser {
  /** A chain never gets longer than this (each step visits a new object anyway). */
  static final int MAX_CHAIN = 64;

  private final ClusterView view;
  private final Map<String, Optional<FluxObject>> fetched = new HashMap<>();

  public WhyAnalyser(ClusterView view) {
    this.view = view;
  }

  /** The next move from one object: follow an upstream, or stop with a diagnosis. */
  private sealed interface Step {
    record Follow(Upstream next) implements Step {}

    record Root(Diagnosis diagnosis) implements Step {}
  }

  /**
   * Explains target. Throws {@link ClusterException} when target does not exist (with the closest
   * existing names) or the cluster cannot be read.
   */
  public Explanation explain(ObjectRef target) {
    FluxObject start = fetch(target).orElseThrow(() -> new ClusterException(notFound(target)));
    if (start.ready()) {
      return new Explanation(
          target,
          true,
          List.of(link(start, null)),
          null,
          null,
          null,
          null,
          Map.of(),
          target,
          start.readyCondition().orElse(null),
          target,
          events(target));
    }
    List<Link> chain = new ArrayList<>();
    Set<String> path = new HashSet<>();
    FluxObject cur = start;
    Via via = null;
    while (true) {
      path.add(key(cur.ref()));
      chain.add(link(cur, via));
      Step step = chain.size() >= MAX_CHAIN ? tooLong() : diagnose(cur, path);
      if (step instanceof Step.Root root) {
        return conclude(target, chain, cur, root.diagnosis());
      }
      Upstream next = ((Step.Follow) step).next();
      if (path.contains(key(next.ref()))) {
        FluxObject closing = fetch(next.ref()).orElseThrow();
        chain.add(new Link(next.ref(), next.via(), Link.State.CYCLE, ready(closing)));
        return cycle(target, chain, closing);
      }
      Optional<FluxObject> found = fetch(next.ref());
      if (found.isEmpty()) {
        chain.add(new Link(next.ref(), next.via(), Link.State.MISSING, null));
        return missing(target, chain, cur, next);
      }
      cur = found.get();
      via = next.via();
    }
  }

  private static Step tooLong() {
    return new Step.Root(
        Diagnosis.of(
            Cause.UNKNOWN,
            "the chain is longer than " + MAX_CHAIN + " objects",
            "run rset why on the last object of the chain"));
  }

  private Step diagnose(FluxObject cur, Set<String> path) {
    if (cur.kind().isEmpty()) {
      return root(Diagnoses.external(cur));
    }
    if (cur.suspended()) {
      return root(Diagnoses.suspended(cur));
    }
    Condition ready = cur.readyCondition().orElse(null);
    Signal s =
        ready == null || ready.isTrue()
            ? new Signal.Unrecognised()
            : Messages.parse(cur.ref(), ready.message());
    if (s instanceof Signal.DependencyNotReady d) {
      return dependency(cur, d.dependency(), s);
    }
    if (s instanceof Signal.DependencyNotFound d) {
      return dependency(cur, d.dependency(), s);
    }
    if (s instanceof Signal.DependencyExpressionFalse d) {
      return dependency(cur, d.dependency(), s);
    }
    if (s instanceof Signal.DependencyRevisionBehind d) {
      return dependency(cur, d.dependency(), s);
    }
    if (s instanceof Signal.UpstreamNotReady u) {
      Upstream up =
          cur.sources().stream()
              .filter(x -> x.ref().sameObject(u.source()))
              .findFirst()
              .orElse(
                  Upstream.of(
                      u.source(),
                      u.source().kind().equals("HelmChart") ? Via.HELM_CHART : Via.SOURCE));
      return namedBlocked(up)
          ? new Step.Follow(up)
          : root(Diagnoses.upstreamReadyNow(cur, up.ref()));
    }
    if (s instanceof Signal.SourceNotReady) {
      for (Upstream up : cur.sources()) {
        if (namedBlocked(up)) {
          return new Step.Follow(up);
        }
      }
      if (!cur.sources().isEmpty()) {
        return root(Diagnoses.upstreamReadyNow(cur, cur.sources().get(0).ref()));
      }
    }
    if (s instanceof Signal.HealthCheck h) {
      return healthCheck(cur, h, path);
    }
    if (s instanceof Signal.NamespaceMissing n) {
      return namespaceMissing(cur, n.namespace(), path);
    }
    if (s instanceof Signal.ValuesKeyMissing v) {
      return root(valuesKeyMissing(cur, v));
    }
    if (s instanceof Signal.ValuesObjectMissing v) {
      ObjectRef missing = new ObjectRef("v1", v.kind(), v.namespace(), v.name());
      List<ObjectRef> near = Suggestions.closest(missing, view.list("v1", v.kind(), v.namespace()));
      return root(Diagnoses.valuesObjectMissing(cur, v.kind(), v.namespace(), v.name(), near));
    }
    if (s instanceof Signal.ChartNotFound c) {
      return chartNotFound(cur, c, path);
    }
    if (s instanceof Signal.VariableNotSet v) {
      return root(Diagnoses.variableNotSet(cur, v.variable(), v.object()));
    }
    if (s instanceof Signal.ReleaseFailed r) {
      return root(Diagnoses.releaseFailed(cur, r, retriesExhausted(cur)));
    }
    if (s instanceof Signal.BuildFailed b) {
      return root(Diagnoses.buildFailed(cur, b.detail()));
    }
    if (s instanceof Signal.ApplyFailed a) {
      return root(Diagnoses.applyFailed(cur, a.detail()));
    }
    if (s instanceof Signal.HealthCheckCanceled) {
      return root(Diagnoses.progressing(cur));
    }
    return scan(cur, path);
  }

  /** A dependency named by the message: follow it unless it is fine now. */
  private Step dependency(FluxObject cur, ObjectRef dep, Signal s) {
    Upstream up =
        cur.dependsOn().stream()
            .filter(x -> x.ref().sameObject(dep))
            .findFirst()
            .orElse(Upstream.of(dep, Via.DEPENDS_ON));
    if (namedBlocked(up)) {
      return new Step.Follow(up);
    }
    if (s instanceof Signal.DependencyExpressionFalse e) {
      String expr = e.expression().isEmpty() ? up.readyExpr() : e.expression();
      return root(Diagnoses.expressionFalse(cur, up.ref(), expr));
    }
    if (s instanceof Signal.DependencyRevisionBehind) {
      return root(Diagnoses.revisionBehind(cur, up.ref()));
    }
    return root(Diagnoses.upstreamReadyNow(cur, up.ref()));
  }

  /**
   * No message to go by: the first dependency, input provider, source or inventory object that is
   * missing or not ready, else the object's own state.
   */
  private Step scan(FluxObject cur, Set<String> path) {
    for (Upstream up : cur.upstreams()) {
      boolean inPath = path.contains(key(up.ref()));
      if (inPath && up.via() != Via.DEPENDS_ON) {
        continue;
      }
      Optional<FluxObject> o = fetch(up.ref());
      if (o.isEmpty() && (up.via() == Via.HELM_CHART || up.via() == Via.INVENTORY)) {
        continue; // recreated by its controller; not what blocks
      }
      if (inPath || o.isEmpty()) {
        return new Step.Follow(up);
      }
      if (!up.existenceOnly() && up.ref().fluxKind().isPresent() && !o.get().ready()) {
        return new Step.Follow(up);
      }
    }
    return root(ownState(cur));
  }

  private Diagnosis ownState(FluxObject cur) {
    if (cur.generationBehind()) {
      return Diagnoses.generationBehind(cur);
    }
    Optional<Condition> stalled = cur.condition("Stalled").filter(Condition::isTrue);
    if (stalled.isPresent()) {
      return Diagnoses.stalled(cur, stalled.get());
    }
    if (cur.conditions().isEmpty()) {
      return Diagnoses.neverReconciled(cur);
    }
    Condition ready = cur.readyCondition().orElse(null);
    if (cur.isSource() && (ready == null || !"Unknown".equals(ready.status()))) {
      return Diagnoses.sourceFailed(cur);
    }
    if (ready == null || "Unknown".equals(ready.status()) || ready.isTrue()) {
      return Diagnoses.progressing(cur);
    }
    if (ready.reason().equals("HealthCheckFailed")) {
      return Diagnoses.healthCheckWithoutObject(cur, ready);
    }
    return Diagnoses.unknown(cur);
  }

  private Step healthCheck(FluxObject cur, Signal.HealthCheck h, Set<String> path) {
    List<Signal.Stalled> ordered = new ArrayList<>();
    h.objects().stream().filter(x -> x.status().equals("Failed")).forEach(ordered::add);
    h.objects().stream().filter(x -> !x.status().equals("Failed")).forEach(ordered::add);
    for (Signal.Stalled s : ordered) {
      if (s.ref().isApplier() && !path.contains(key(s.ref()))) {
        Optional<FluxObject> o = fetch(s.ref());
        if (o.isPresent() && !o.get().ready()) {
          return new Step.Follow(Upstream.of(s.ref(), Via.HEALTH_CHECK));
        }
      }
    }
    for (Signal.Stalled s : ordered) {
      if (!s.ref().isApplier()) {
        return root(Diagnoses.healthCheck(cur, h, s, retriesExhausted(cur)));
      }
    }
    // Only Flux objects were named and they are ready now (or already on the chain).
    for (Upstream up : cur.inventoryAppliers()) {
      Optional<FluxObject> o = fetch(up.ref());
      if (o.isPresent() && !o.get().ready() && !path.contains(key(up.ref()))) {
        return new Step.Follow(up);
      }
    }
    return ordered.isEmpty()
        ? root(Diagnoses.healthCheckWithoutObject(cur, cur.readyCondition().orElseThrow()))
        : root(Diagnoses.upstreamReadyNow(cur, ordered.get(0).ref()));
  }

  private Step namespaceMissing(FluxObject cur, String namespace, Set<String> path) {
    ObjectRef nsRef = new ObjectRef("v1", "Namespace", "", namespace);
    Optional<FluxObject> owner = new NamespaceOwners(view, this::fetch).find(cur);
    if (owner.isPresent()
        && !owner.get().ready()
        && !path.contains(key(owner.get().ref()))
        && view.get(nsRef).isEmpty()) {
      return new Step.Follow(Upstream.of(owner.get().ref(), Via.NAMESPACES));
    }
    if (view.get(nsRef).isPresent()) {
      return root(Diagnoses.upstreamReadyNow(cur, nsRef));
    }
    return root(
        Diagnoses.namespaceMissing(cur, namespace, owner.map(FluxObject::ref).orElse(null)));
  }

  private Diagnosis valuesKeyMissing(FluxObject cur, Signal.ValuesKeyMissing v) {
    String kind = v.kind();
    String ns = v.namespace();
    String name = v.name();
    if (name.isEmpty()) {
      // "values key … not found": find the valuesFrom entry that reads this key.
      for (Object e : Fields.list(cur.raw(), "spec", "valuesFrom")) {
        String key = Fields.string(e, "valuesKey");
        if ((key.isEmpty() ? "values.yaml" : key).equals(v.key())) {
          kind = Fields.string(e, "kind");
          name = Fields.string(e, "name");
          break;
        }
      }
      ns = cur.ref().namespace();
      if (kind.isEmpty()) {
        kind = "ConfigMap";
      }
    }
    List<String> keys =
        name.isEmpty()
            ? List.of()
            : view.get(new ObjectRef("v1", kind, ns, name)).map(Diagnoses::keys).orElse(List.of());
    return Diagnoses.valuesKeyMissing(cur, v.key(), kind, ns, name, keys);
  }

  private Step chartNotFound(FluxObject cur, Signal.ChartNotFound c, Set<String> path) {
    if (!cur.is(FluxKind.HELM_CHART)) {
      return scan(cur, path);
    }
    FluxObject repo = null;
    for (Upstream up : cur.sources()) {
      Optional<FluxObject> o = fetch(up.ref());
      if (o.isEmpty() || !o.get().ready()) {
        return new Step.Follow(up);
      }
      repo = o.get();
    }
    ObjectRef release = releaseOf(cur);
    return root(Diagnoses.chartNotFound(cur, c.chart(), c.version(), repo, release));
  }

  /** The HelmRelease that generated a HelmChart ({@code <ns>-<name>}), when it exists. */
  private ObjectRef releaseOf(FluxObject chart) {
    String owner = Fields.string(chart.raw(), "metadata", "labels", "helm.toolkit.fluxcd.io/name");
    String ownerNs =
        Fields.string(chart.raw(), "metadata", "labels", "helm.toolkit.fluxcd.io/namespace");
    if (!owner.isEmpty() && !ownerNs.isEmpty()) {
      return ObjectRef.of(FluxKind.HELM_RELEASE, ownerNs, owner);
    }
    for (Map.Entry<String, Optional<FluxObject>> e : fetched.entrySet()) {
      Optional<FluxObject> o = e.getValue();
      if (o.isPresent()
          && o.get().is(FluxKind.HELM_RELEASE)
          && o.get().sources().stream().anyMatch(u -> u.ref().sameObject(chart.ref()))) {
        return o.get().ref();
      }
    }
    return null;
  }

  /** helm-controller's remediation gave up: Stalled RetriesExceeded or MissingRollbackTarget. */
  private static boolean retriesExhausted(FluxObject o) {
    for (Condition c : o.conditions()) {
      boolean stalled =
          c.type().equals("Stalled")
              && c.isTrue()
              && (c.reason().equals("RetriesExceeded")
                  || c.reason().equals("MissingRollbackTarget"));
      if (stalled
          || c.message().contains("exceeded maximum retries")
          || c.message().contains("missing target release for rollback")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an upstream named by a message blocks: missing, or not ready (an object of another kind
   * than Flux's is taken at the message's word).
   */
  private boolean namedBlocked(Upstream up) {
    Optional<FluxObject> o = fetch(up.ref());
    if (o.isEmpty()) {
      return true;
    }
    if (up.existenceOnly()) {
      return false;
    }
    return up.ref().fluxKind().isEmpty() || !o.get().ready();
  }

  private Explanation conclude(ObjectRef target, List<Link> chain, FluxObject cur, Diagnosis d) {
    ObjectRef root = cur.ref();
    if (d.elsewhere() != null) {
      root = d.elsewhere();
      chain.add(new Link(root, Via.HEALTH_CHECK, Link.State.NOT_READY, null));
    }
    List<EventRecord> ev = events(root);
    ObjectRef eventsOf = root;
    if (ev.isEmpty() && !root.equals(cur.ref())) {
      ev = events(cur.ref());
      eventsOf = cur.ref();
    }
    return new Explanation(
        target,
        false,
        chain,
        root,
        d.cause(),
        d.summary(),
        d.fix(),
        d.details(),
        cur.ref(),
        cur.readyCondition().orElse(null),
        eventsOf,
        ev);
  }

  private Explanation missing(
      ObjectRef target, List<Link> chain, FluxObject dependent, Upstream next) {
    ObjectRef m = next.ref();
    List<ObjectRef> near = Suggestions.closest(m, view.list(m.apiVersion(), m.kind(), ""));
    Diagnosis d = Diagnoses.notFound(m, dependent, next.via(), near);
    return new Explanation(
        target,
        false,
        chain,
        m,
        d.cause(),
        d.summary(),
        d.fix(),
        d.details(),
        dependent.ref(),
        dependent.readyCondition().orElse(null),
        dependent.ref(),
        events(dependent.ref()));
  }

  private Explanation cycle(ObjectRef target, List<Link> chain, FluxObject closing) {
    List<ObjectRef> cycle = new ArrayList<>();
    boolean in = false;
    for (Link l : chain) {
      in |= l.ref().sameObject(closing.ref());
      if (in) {
        cycle.add(l.ref());
      }
    }
    Diagnosis d = Diagnoses.cycle(cycle);
    return new Explanation(
        target,
        false,
        chain,
        closing.ref(),
        d.cause(),
        d.summary(),
        d.fix(),
        d.details(),
        closing.ref(),
        closing.readyCondition().orElse(null),
        closing.ref(),
        events(closing.ref()));
  }

  private String notFound(ObjectRef target) {
    List<ObjectRef> near =
        Suggestions.closest(target, view.list(target.apiVersion(), target.kind(), ""));
    String did =
        near.isEmpty()
            ? ""
            : " (did you mean "
                + near.stream().map(ObjectRef::namespacedName).collect(Collectors.joining(" or "))
                + "?)";
    return target + " not found" + did;
  }

  private static Link link(FluxObject o, Via via) {
    Link.State state =
        o.suspended() ? Link.State.SUSPENDED : o.ready() ? Link.State.READY : Link.State.NOT_READY;
    return new Link(o.ref(), via, state, ready(o));
  }

  private static Condition ready(FluxObject o) {
    return o.readyCondition().orElse(null);
  }

  private List<EventRecord> events(ObjectRef ref) {
    return Events.about(ref, view.events(ref), Events.LIMIT);
  }

  /** The object, read once per analysis. */
  Optional<FluxObject> fetch(ObjectRef ref) {
    return fetched.computeIfAbsent(
        key(ref), k -> view.get(ref).map(raw -> new FluxObject(ref, raw)));
  }

  private static String key(ObjectRef ref) {
    return ref.kind() + "/" + ref.namespace() + "/" + ref.name();
  }

  private static Step root(Diagnosis d) {
    return new Step.Root(d);
  }
}
