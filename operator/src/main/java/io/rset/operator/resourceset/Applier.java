package io.rset.operator.resourceset;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Server-side apply of one step (spec §4.4.3, §4.4.4): four stages in order, sorted inside; per
 * stage every object is read and dry-run applied first, and only objects whose dry-run result
 * differs from the cluster (or that needed a metadata cleanup) are applied. Immutable-field errors
 * recreate the object when force is enabled. CRDs, Namespaces and Classes are waited for until
 * Current before the next stage.
 */
final class Applier {
  static final String FORCE = "fluxcd.controlplane.io/force";
  static final Set<String> CLEANUP_ANNOTATIONS =
      Set.of(
          DependencyChecker.LAST_APPLIED,
          "meta.helm.sh/release-name",
          "meta.helm.sh/release-namespace");
  static final Set<String> CLEANUP_LABELS =
      Set.of("kustomize.toolkit.fluxcd.io/name", "kustomize.toolkit.fluxcd.io/namespace");

  private final KubeApi api;
  private final ReconcilerSettings settings;
  private final boolean forceAll;
  private final Instant deadline;
  private final Clock clock;
  private final ManagedFieldsTransfer managedFields;

  /**
   * @param forceAll the ResourceSet's {@code fluxcd.controlplane.io/force: enabled}
   * @param deadline bound of the wait for a deleted object during recreation
   */
  Applier(KubeApi api, ReconcilerSettings settings, boolean forceAll, Instant deadline) {
    this.api = api;
    this.settings = settings;
    this.forceAll = forceAll;
    this.deadline = deadline;
    this.clock = settings.clock();
    this.managedFields =
        ManagedFieldsTransfer.of(settings.overrideManagers(), ReconcilerSettings.FIELD_MANAGER);
  }

  /** Applies one step's objects; the entries are in apply order. */
  List<ChangeEntry> apply(List<Map<String, Object>> objects)
      throws OperationFailure, InterruptedException {
    List<ChangeEntry> done = new ArrayList<>();
    List<List<Map<String, Object>>> stages = ApplyOrder.stages(objects);
    for (int s = 0; s < stages.size(); s++) {
      List<Map<String, Object>> stage = stages.get(s);
      if (stage.isEmpty()) {
        continue;
      }
      List<ChangeEntry> planned = new ArrayList<>();
      for (Map<String, Object> o : stage) {
        planned.add(new ChangeEntry(ObjectRef.of(o), plan(o, done)));
      }
      for (int i = 0; i < stage.size(); i++) {
        Map<String, Object> o = stage.get(i);
        ChangeEntry e = planned.get(i);
        if (!e.action().equals(ChangeEntry.UNCHANGED)) {
          try {
            api.apply(o, ReconcilerSettings.FIELD_MANAGER, false);
          } catch (ApiException ex) {
            throw new OperationFailure(
                e.ref().display() + " apply failed: " + ex.getMessage(), done);
          }
        }
        done.add(e);
      }
      if (s <= 1) {
        List<ObjectRef> refs = stage.stream().map(ObjectRef::of).toList();
        try {
          new HealthChecker(api, settings.stagePollInterval(), clock)
              .waitFor(refs, settings.stageTimeout(), () -> null);
        } catch (HealthChecker.HealthException ex) {
          throw new OperationFailure(ex.getMessage(), done);
        } catch (HealthChecker.Canceled ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
    return done;
  }

  /** Reads, cleans up and dry-runs one object; returns created, configured or unchanged. */
  private String plan(Map<String, Object> o, List<ChangeEntry> done)
      throws OperationFailure, InterruptedException {
    ObjectRef ref = ObjectRef.of(o);
    ResourceDefinitionContext ctx;
    try {
      ctx = api.resolve(ref);
    } catch (ApiException e) {
      throw new OperationFailure(ref.display() + " dry-run failed: " + e.getMessage(), done);
    }
    if (ctx.isNamespaceScoped() && ref.namespace().isEmpty()) {
      throw new OperationFailure(
          ref.kind()
              + "/"
              + ref.name()
              + " namespace not specified: the server could not find the requested resource",
          done);
    }
    Map<String, Object> current;
    try {
      current = api.get(ref);
    } catch (ApiException e) {
      throw new OperationFailure(ref.display() + " query failed: " + e.getMessage(), done);
    }
    boolean cleaned = current != null && cleanup(ref, ctx, current, done);
    Map<String, Object> dry;
    try {
      dry = api.apply(o, ReconcilerSettings.FIELD_MANAGER, true);
    } catch (ApiException e) {
      if (e.isImmutable() && (forceAll || forced(o) || (current != null && forced(current)))) {
        recreate(ref, done);
        current = null;
        try {
          dry = api.apply(o, ReconcilerSettings.FIELD_MANAGER, true);
        } catch (ApiException again) {
          throw dryRunFailure(ref, again, done);
        }
      } else {
        throw dryRunFailure(ref, e, done);
      }
    }
    if (current == null) {
      return ChangeEntry.CREATED;
    }
    return cleaned || drifted(current, dry) ? ChangeEntry.CONFIGURED : ChangeEntry.UNCHANGED;
  }

  private static OperationFailure dryRunFailure(
      ObjectRef ref, ApiException e, List<ChangeEntry> done) {
    if (e.isNotFound()) {
      return new OperationFailure(ref.display() + " not found: " + e.getMessage(), done);
    }
    String reason = e.reason().isEmpty() ? "" : " (" + e.reason() + ")";
    return new OperationFailure(
        ref.display() + " dry-run failed" + reason + ": " + e.getMessage(), done);
  }

  /** Deletes the in-cluster object and waits until it is gone. */
  private void recreate(ObjectRef ref, List<ChangeEntry> done)
      throws OperationFailure, InterruptedException {
    try {
      api.delete(ref, DeletionPropagation.BACKGROUND, null);
      while (api.get(ref) != null) {
        if (!clock.instant().isBefore(deadline)) {
          throw new OperationFailure(
              ref.display() + " recreate failed: timeout waiting for the object to be deleted",
              done);
        }
        Thread.sleep(settings.recreatePollInterval().toMillis());
      }
    } catch (ApiException e) {
      throw new OperationFailure(ref.display() + " recreate failed: " + e.getMessage(), done);
    }
  }

  /**
   * Removes kubectl/Helm/kustomize-controller leftovers from an existing object's metadata and
   * takes over the fields of the managers Flux replaces (spec §4.4.3), in one JSON patch. Returns
   * whether anything was patched.
   */
  private boolean cleanup(
      ObjectRef ref,
      ResourceDefinitionContext ctx,
      Map<String, Object> current,
      List<ChangeEntry> done)
      throws OperationFailure {
    List<Map<String, Object>> ops = new ArrayList<>();
    for (String a : CLEANUP_ANNOTATIONS) {
      if (metadataMap(current, "annotations").containsKey(a)) {
        ops.add(Map.of("op", "remove", "path", "/metadata/annotations/" + escape(a)));
      }
    }
    for (String l : CLEANUP_LABELS) {
      if (metadataMap(current, "labels").containsKey(l)) {
        ops.add(Map.of("op", "remove", "path", "/metadata/labels/" + escape(l)));
      }
    }
    managedFields
        .transfer(managedFieldsOf(current))
        .ifPresent(
            entries ->
                ops.add(
                    Map.of("op", "replace", "path", "/metadata/managedFields", "value", entries)));
    if (ops.isEmpty()) {
      return false;
    }
    try {
      var op = api.client().genericKubernetesResources(ctx);
      var scoped = ctx.isNamespaceScoped() ? op.inNamespace(ref.namespace()) : op;
      scoped
          .withName(ref.name())
          .patch(
              PatchContext.of(PatchType.JSON),
              io.fabric8.kubernetes.client.utils.Serialization.asJson(ops));
      return true;
    } catch (KubernetesClientException e) {
      throw new OperationFailure(
          ref.display() + " metadata cleanup failed: " + ApiException.of(e).getMessage(), done);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> managedFieldsOf(Map<String, Object> o) {
    List<Map<String, Object>> entries = new ArrayList<>();
    if (o.get("metadata") instanceof Map<?, ?> m && m.get("managedFields") instanceof List<?> l) {
      for (Object e : l) {
        if (e instanceof Map<?, ?> entry) {
          entries.add((Map<String, Object>) entry);
        }
      }
    }
    return entries;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> metadataMap(Map<String, Object> o, String field) {
    if (o.get("metadata") instanceof Map<?, ?> m && m.get(field) instanceof Map<?, ?> f) {
      return (Map<String, Object>) f;
    }
    return Map.of();
  }

  /** The object carries {@code fluxcd.controlplane.io/force: enabled} as label or annotation. */
  static boolean forced(Map<String, Object> o) {
    return "enabled".equalsIgnoreCase(String.valueOf(metadataMap(o, "labels").get(FORCE)))
        || "enabled".equalsIgnoreCase(String.valueOf(metadataMap(o, "annotations").get(FORCE)));
  }

  /** True when the dry-run result differs from the stored object (server-set fields ignored). */
  static boolean drifted(Map<String, Object> current, Map<String, Object> dryRun) {
    return !Objects.equals(comparable(current), comparable(dryRun));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> comparable(Map<String, Object> o) {
    Map<String, Object> c = new LinkedHashMap<>(o);
    c.remove("status");
    if (c.get("metadata") instanceof Map<?, ?> m) {
      Map<String, Object> meta = new LinkedHashMap<>((Map<String, Object>) m);
      for (String k :
          List.of(
              "resourceVersion",
              "generation",
              "managedFields",
              "creationTimestamp",
              "uid",
              "selfLink")) {
        meta.remove(k);
      }
      c.put("metadata", meta);
    }
    return c;
  }

  static boolean isFluxKind(ObjectRef r) {
    String g = r.group().toLowerCase(Locale.ROOT);
    return g.equals("kustomize.toolkit.fluxcd.io") || g.equals("helm.toolkit.fluxcd.io");
  }

  /** How long until the deadline, never negative. */
  Duration remaining() {
    Duration d = Duration.between(clock.instant(), deadline);
    return d.isNegative() ? Duration.ZERO : d;
  }
}
