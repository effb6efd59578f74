package io.rset.operator.resourceset;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.rset.core.build.ClusterData;
import io.rset.core.inputs.LabelSelectors;
import io.rset.core.model.InputProviderReference;
import io.rset.operator.api.Manifests;
import io.rset.operator.api.ResourceSet;
import io.rset.operator.api.ResourceSetInputProvider;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The secondary-to-primary mappings of spec §4.1 and the record of what triggered a pending
 * reconcile (for health-check cancellation).
 *
 * <ul>
 *   <li>an input provider maps to every ResourceSet of its namespace whose {@code inputsFrom} names
 *       it, or (entries without a name) selects it by labels;
 *   <li>a watched ConfigMap/Secret {@code Kind ns/name} maps to the ResourceSets that generated an
 *       object copying it ({@code copyFrom} of the same kind, {@code convertKubeConfigFrom} for
 *       Secrets; indexed at each reconcile) and to those listing it in {@code
 *       status.externalChecksumRefs}.
 * </ul>
 */
final class Watches {
  private final Clock clock;

  /** source "Kind/ns/name" → ResourceSets that copy it. */
  private final Map<String, Set<ResourceID>> copiedBy = new ConcurrentHashMap<>();

  /** ResourceSet → the source keys it was indexed under. */
  private final Map<ResourceID, Set<String>> sourcesOf = new ConcurrentHashMap<>();

  private final Map<ResourceID, Trigger> triggers = new ConcurrentHashMap<>();

  /** A recorded trigger. */
  record Trigger(String display, Instant at) {}

  Watches(Clock clock) {
    this.clock = clock;
  }

  /** Records the copyFrom / convertKubeConfigFrom sources of a ResourceSet's generated objects. */
  void index(ResourceSet rs, List<Map<String, Object>> objects) {
    ResourceID id = ResourceID.fromResource(rs);
    Set<String> keys = new HashSet<>();
    for (Map<String, Object> o : objects) {
      if (!"v1".equals(o.get("apiVersion"))) {
        continue;
      }
      Map<String, Object> ann = Applier.metadataMap(o, "annotations");
      String kind = String.valueOf(o.get("kind"));
      if (ann.get(ClusterData.COPY_FROM) instanceof String src
          && (kind.equals("ConfigMap") || kind.equals("Secret"))) {
        keys.add(kind + "/" + src);
      }
      if (ann.get(ClusterData.CONVERT_KUBECONFIG_FROM) instanceof String src
          && kind.equals("ConfigMap")) {
        int slash = src.indexOf('/');
        int colon = src.lastIndexOf(':');
        keys.add("Secret/" + (slash >= 0 && colon > slash ? src.substring(0, colon) : src));
      }
    }
    Set<String> previous = sourcesOf.put(id, keys);
    if (previous != null) {
      for (String k : previous) {
        copiedBy.computeIfPresent(
            k,
            (key, set) -> {
              set.remove(id);
              return set.isEmpty() ? null : set;
            });
      }
    }
    for (String k : keys) {
      copiedBy.computeIfAbsent(k, x -> ConcurrentHashMap.newKeySet()).add(id);
    }
  }

  /** Forgets a deleted ResourceSet. */
  void forget(ResourceID id) {
    index(idOnly(id), List.of());
    sourcesOf.remove(id);
    triggers.remove(id);
  }

  private static ResourceSet idOnly(ResourceID id) {
    ResourceSet rs = new ResourceSet();
    rs.getMetadata().setName(id.getName());
    rs.getMetadata().setNamespace(id.getNamespace().orElse(null));
    return rs;
  }

  /** The ResourceSets an input provider event maps to. */
  Set<ResourceID> forProvider(ResourceSetInputProvider p, Stream<ResourceSet> resourceSets) {
    String ns = p.getMetadata().getNamespace();
    String pname = p.getMetadata().getName();
    Map<String, String> labels =
        p.getMetadata().getLabels() == null ? Map.of() : p.getMetadata().getLabels();
    Set<ResourceID> out = new HashSet<>();
    resourceSets
        .filter(rs -> Objects.equals(ns, rs.getMetadata().getNamespace()))
        .forEach(
            rs -> {
              List<InputProviderReference> refs;
              try {
                refs = Manifests.toModel(rs).spec().inputsFrom();
              } catch (RuntimeException e) {
                return;
              }
              for (InputProviderReference ref : refs) {
                boolean match;
                if (ref.name() != null && !ref.name().isEmpty()) {
                  match = ref.name().equals(pname);
                } else if (ref.selector() != null) {
                  try {
                    match = LabelSelectors.compile(ref.selector()).test(labels);
                  } catch (RuntimeException e) {
                    match = false;
                  }
                } else {
                  match = false;
                }
                if (match) {
                  out.add(ResourceID.fromResource(rs));
                  break;
                }
              }
            });
    record(out, ResourceSetInputProvider.KIND + "/" + ns + "/" + pname);
    return out;
  }

  /** The ResourceSets a watched ConfigMap or Secret event maps to. */
  Set<ResourceID> forConfig(HasMetadata o, Stream<ResourceSet> resourceSets) {
    String key =
        o.getKind() + "/" + o.getMetadata().getNamespace() + "/" + o.getMetadata().getName();
    Set<ResourceID> out = new HashSet<>(copiedBy.getOrDefault(key, Set.of()));
    resourceSets.forEach(
        rs -> {
          if (rs.getStatus() != null
              && rs.getStatus().get("externalChecksumRefs") instanceof List<?> refs
              && refs.contains(key)) {
            out.add(ResourceID.fromResource(rs));
          }
        });
    record(out, key);
    return out;
  }

  private void record(Set<ResourceID> ids, String display) {
    Instant now = clock.instant();
    ids.forEach(id -> triggers.put(id, new Trigger(display, now)));
  }

  /** The last trigger recorded for a ResourceSet at or after {@code since}, or null. */
  String triggerSince(ResourceID id, Instant since) {
    Trigger t = triggers.get(id);
    return t != null && !t.at().isBefore(since) ? t.display() : null;
  }
}
