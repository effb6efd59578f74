package io.rset.cluster.why;

import io.rset.cluster.FluxKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A fetched Flux object read the way the Flux controllers read each other: suspension, readiness
 * (Ready condition and observed generation, plus an artifact for sources) and the objects it waits
 * for.
 */
final class FluxObject {
  static final String RECONCILE_ANNOTATION = "fluxcd.controlplane.io/reconcile";
  static final String OWNER_NAME_LABEL = "resourceset.fluxcd.controlplane.io/name";
  static final String OWNER_NAMESPACE_LABEL = "resourceset.fluxcd.controlplane.io/namespace";

  private final ObjectRef ref;
  private final Map<String, Object> raw;
  private final List<Condition> conditions;

  FluxObject(ObjectRef ref, Map<String, Object> raw) {
    this.ref = ref;
    this.raw = raw;
    this.conditions = Condition.of(raw);
  }

  ObjectRef ref() {
    return ref;
  }

  Map<String, Object> raw() {
    return raw;
  }

  Optional<FluxKind> kind() {
    return ref.fluxKind();
  }

  boolean is(FluxKind k) {
    return kind().map(x -> x == k).orElse(false);
  }

  List<Condition> conditions() {
    return conditions;
  }

  Optional<Condition> condition(String type) {
    return conditions.stream().filter(c -> c.type().equals(type)).findFirst();
  }

  Optional<Condition> readyCondition() {
    return condition("Ready");
  }

  /** {@code spec.suspend: true}, or the ResourceSet annotation {@code reconcile: disabled}. */
  boolean suspended() {
    if (Fields.isTrue(raw, "spec", "suspend")) {
      return true;
    }
    String a = Fields.string(raw, "metadata", "annotations", RECONCILE_ANNOTATION);
    return (is(FluxKind.RESOURCE_SET)
            || is(FluxKind.RESOURCE_SET_INPUT_PROVIDER)
            || is(FluxKind.FLUX_INSTANCE))
        && a.toLowerCase(Locale.ROOT).equals("disabled");
  }

  /** metadata.generation, or null when the object has none. */
  Long generation() {
    return Fields.number(raw, "metadata", "generation");
  }

  /**
   * The generation the controller last handled: {@code status.observedGeneration}, else the Ready
   * condition's (ResourceSets keep it only there), else null.
   */
  Long observedGeneration() {
    Long g = Fields.number(raw, "status", "observedGeneration");
    if (g != null) {
      return g;
    }
    return readyCondition().map(Condition::observedGeneration).orElse(null);
  }

  /** True when the controller has not yet handled the latest spec. */
  boolean generationBehind() {
    Long gen = generation();
    Long seen = observedGeneration();
    return gen != null && seen != null && seen < gen;
  }

  /** True for HelmRepository, HelmChart, GitRepository, OCIRepository and Bucket. */
  boolean isSource() {
    return kind()
        .map(
            k ->
                k == FluxKind.HELM_REPOSITORY
                    || k == FluxKind.HELM_CHART
                    || k == FluxKind.GIT_REPOSITORY
                    || k == FluxKind.OCI_REPOSITORY
                    || k == FluxKind.BUCKET)
        .orElse(ref.apiVersion() != null && ref.apiVersion().startsWith("source.toolkit."));
  }

  /**
   * Ready as a dependent Flux controller sees it: Ready=True at the current generation, and for a
   * source an artifact (an OCI HelmRepository has none by design).
   */
  boolean ready() {
    boolean readyTrue = readyCondition().map(Condition::isTrue).orElse(false);
    if (!readyTrue || generationBehind()) {
      return false;
    }
    if (isSource() && !isOciHelmRepository()) {
      return !Fields.map(raw, "status", "artifact").isEmpty();
    }
    return true;
  }

  private boolean isOciHelmRepository() {
    return is(FluxKind.HELM_REPOSITORY) && Fields.string(raw, "spec", "type").equals("oci");
  }

  /** The ResourceSet that generated this object (its owner labels), if any. */
  Optional<ObjectRef> generatedBy() {
    String name = Fields.string(raw, "metadata", "labels", OWNER_NAME_LABEL);
    String ns = Fields.string(raw, "metadata", "labels", OWNER_NAMESPACE_LABEL);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ObjectRef.of(FluxKind.RESOURCE_SET, ns, name));
  }

  /** {@code spec.dependsOn}, resolved to object references. */
  List<Upstream> dependsOn() {
    List<Upstream> out = new ArrayList<>();
    for (Object d : Fields.list(raw, "spec", "dependsOn")) {
      String name = Fields.string(d, "name");
      if (name.isEmpty()) {
        continue;
      }
      if (is(FluxKind.RESOURCE_SET)) {
        // ResourceSet dependencies name any kind; an empty namespace means cluster scope.
        String apiVersion = Fields.string(d, "apiVersion");
        String kind = Fields.string(d, "kind");
        boolean ready = Fields.isTrue(d, "ready");
        out.add(
            new Upstream(
                new ObjectRef(
                    apiVersion.isEmpty() ? null : apiVersion,
                    kind,
                    Fields.string(d, "namespace"),
                    name),
                Via.DEPENDS_ON,
                !ready,
                ready ? Fields.string(d, "readyExpr") : ""));
      } else {
        String ns = Fields.string(d, "namespace");
        FluxKind own = kind().orElseThrow();
        out.add(
            new Upstream(
                ObjectRef.of(own, ns.isEmpty() ? ref.namespace() : ns, name),
                Via.DEPENDS_ON,
                false,
                Fields.string(d, "readyExpr")));
      }
    }
    return out;
  }

  /**
   * The sources this object reads, nearest first: for a HelmRelease the generated HelmChart then
   * its HelmRepository (or the {@code chartRef}); for a Kustomization or HelmChart its sourceRef.
   */
  List<Upstream> sources() {
    List<Upstream> out = new ArrayList<>();
    if (is(FluxKind.HELM_RELEASE)) {
      Map<String, Object> chartRef = Fields.map(raw, "spec", "chartRef");
      if (!chartRef.isEmpty()) {
        out.add(Upstream.of(sourceRef(chartRef), Via.SOURCE));
        return out;
      }
      Map<String, Object> sourceRef = Fields.map(raw, "spec", "chart", "spec", "sourceRef");
      if (sourceRef.isEmpty()) {
        return out;
      }
      ObjectRef source = sourceRef(sourceRef);
      out.add(Upstream.of(helmChart(source.namespace()), Via.HELM_CHART));
      out.add(Upstream.of(source, Via.SOURCE));
    } else if (is(FluxKind.KUSTOMIZATION) || is(FluxKind.HELM_CHART)) {
      Map<String, Object> sourceRef = Fields.map(raw, "spec", "sourceRef");
      if (!sourceRef.isEmpty()) {
        out.add(Upstream.of(sourceRef(sourceRef), Via.SOURCE));
      }
    }
    return out;
  }

  /** The HelmChart helm-controller keeps for this HelmRelease (status.helmChart or ns-name). */
  private ObjectRef helmChart(String sourceNamespace) {
    String status = Fields.string(raw, "status", "helmChart");
    int slash = status.indexOf('/');
    if (slash > 0) {
      return ObjectRef.of(
          FluxKind.HELM_CHART, status.substring(0, slash), status.substring(slash + 1));
    }
    return ObjectRef.of(FluxKind.HELM_CHART, sourceNamespace, ref.namespace() + "-" + ref.name());
  }

  private ObjectRef sourceRef(Map<String, Object> r) {
    String kind = Fields.string(r, "kind");
    String ns = Fields.string(r, "namespace");
    String name = Fields.string(r, "name");
    String namespace = ns.isEmpty() ? ref.namespace() : ns;
    String apiVersion = Fields.string(r, "apiVersion");
    return FluxKind.ofKind(kind)
        .map(k -> ObjectRef.of(k, namespace, name))
        .orElseGet(
            () ->
                new ObjectRef(
                    apiVersion.isEmpty() ? "source.toolkit.fluxcd.io/v1" : apiVersion,
                    kind,
                    namespace,
                    name));
  }

  /** A ResourceSet's {@code spec.inputsFrom} entries that name a provider. */
  List<Upstream> inputProviders() {
    List<Upstream> out = new ArrayList<>();
    if (!is(FluxKind.RESOURCE_SET)) {
      return out;
    }
    for (Object p : Fields.list(raw, "spec", "inputsFrom")) {
      String name = Fields.string(p, "name");
      if (!name.isEmpty()) {
        out.add(
            Upstream.of(
                ObjectRef.of(FluxKind.RESOURCE_SET_INPUT_PROVIDER, ref.namespace(), name),
                Via.INPUT_PROVIDER));
      }
    }
    return out;
  }

  /** Flux HelmReleases, Kustomizations and ResourceSets listed in the inventory. */
  List<Upstream> inventoryAppliers() {
    List<Upstream> out = new ArrayList<>();
    for (ObjectRef r : Inventory.entries(raw)) {
      if (r.isApplier() && !r.sameObject(ref)) {
        FluxKind k = r.fluxKind().orElseThrow();
        out.add(Upstream.of(ObjectRef.of(k, r.namespace(), r.name()), Via.INVENTORY));
      }
    }
    return out;
  }

  /** Everything this object waits for, in the order a controller checks it. */
  List<Upstream> upstreams() {
    List<Upstream> out = new ArrayList<>(dependsOn());
    out.addAll(inputProviders());
    out.addAll(sources());
    out.addAll(inventoryAppliers());
    return out;
  }
}
