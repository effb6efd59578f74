package io.rset.cluster.live;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.rset.cluster.ClusterException;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ClusterObjects;
import io.rset.core.graph.NodeId;
import io.rset.core.graph.NodeState;
import io.rset.core.graph.Readiness;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the state of a {@code dependsOn} target that is not among the listed objects (another
 * namespace, or any kind a ResourceSet waits for): Flux kinds and a few core kinds directly, other
 * kinds through the API server's discovery; each target is looked up once.
 */
final class DependencyLookup {
  /** Core kinds ResourceSets commonly wait for: group/kind → plural. */
  private static final Map<String, String> CORE_PLURALS =
      Map.of(
          "/Namespace", "namespaces",
          "/ConfigMap", "configmaps",
          "/Secret", "secrets",
          "/ServiceAccount", "serviceaccounts",
          "apiextensions.k8s.io/CustomResourceDefinition", "customresourcedefinitions");

  private final ClusterObjects objects;
  private final Map<NodeId, NodeState> cache = new HashMap<>();

  DependencyLookup(ClusterObjects objects) {
    this.objects = objects;
  }

  /** The state of id; apiVersion is the version the dependsOn entry names (may be empty). */
  NodeState state(NodeId id, String apiVersion) {
    return cache.computeIfAbsent(id, k -> lookUp(k, apiVersion));
  }

  private NodeState lookUp(NodeId id, String apiVersion) {
    Optional<FluxKind> flux = FluxKind.of(id.group(), id.kind());
    try {
      Optional<Map<String, Object>> obj;
      if (flux.isPresent()) {
        obj = objects.get(flux.get().context(), id.namespace(), id.name());
      } else if (CORE_PLURALS.containsKey(id.group() + "/" + id.kind())) {
        obj = objects.get(coreContext(id, apiVersion), id.namespace(), id.name());
      } else if (!apiVersion.isEmpty()) {
        obj = objects.discover(apiVersion, id.kind(), id.namespace(), id.name());
      } else {
        return new NodeState(Readiness.UNKNOWN, "no apiVersion to look it up");
      }
      return obj.map(o -> NodeStates.of(o, flux.isPresent())).orElseGet(NodeStates::missing);
    } catch (ClusterException e) {
      return new NodeState(Readiness.UNKNOWN, "could not be looked up: " + e.getMessage());
    }
  }

  private static ResourceDefinitionContext coreContext(NodeId id, String apiVersion) {
    int slash = apiVersion.indexOf('/');
    String version = apiVersion.isEmpty() ? "v1" : apiVersion.substring(slash + 1);
    return new ResourceDefinitionContext.Builder()
        .withGroup(id.group())
        .withVersion(version)
        .withKind(id.kind())
        .withPlural(CORE_PLURALS.get(id.group() + "/" + id.kind()))
        .withNamespaced(!id.namespace().isEmpty())
        .build();
  }
}
