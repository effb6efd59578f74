package io.rset.cluster.why;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.rset.cluster.ClusterException;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ApiErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ClusterView} on a live cluster through the fabric8 client, with generic resources: Flux
 * kinds by {@link FluxKind#context()}, the few core kinds {@code why} reads by fixed contexts, any
 * other kind (a ResourceSet dependency) through API discovery.
 */
public final class FabricClusterView implements ClusterView {
  private final KubernetesClient client;

  /** A view through client; the caller keeps ownership of the client. */
  public FabricClusterView(KubernetesClient client) {
    this.client = client;
  }

  /** The kind is not served by the cluster (its CRD is not installed). */
  private static final class UnknownKind extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnknownKind(Throwable cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  @Override
  public Optional<Map<String, Object>> get(ObjectRef ref) {
    try {
      MixedOperation<
              GenericKubernetesResource,
              GenericKubernetesResourceList,
              Resource<GenericKubernetesResource>>
          op = operation(ref.apiVersion(), ref.kind());
      GenericKubernetesResource r =
          ref.namespace().isEmpty()
              ? op.withName(ref.name()).get()
              : op.inNamespace(ref.namespace()).withName(ref.name()).get();
      return Optional.ofNullable(r).map(FabricClusterView::plain);
    } catch (UnknownKind e) {
      return Optional.empty();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return Optional.empty();
      }
      throw failure(ref, e);
    }
  }

  @Override
  public List<ObjectRef> list(String apiVersion, String kind, String namespace) {
    try {
      MixedOperation<
              GenericKubernetesResource,
              GenericKubernetesResourceList,
              Resource<GenericKubernetesResource>>
          op = operation(apiVersion, kind);
      GenericKubernetesResourceList list =
          namespace.isEmpty() ? op.inAnyNamespace().list() : op.inNamespace(namespace).list();
      List<ObjectRef> out = new ArrayList<>();
      for (GenericKubernetesResource r : list.getItems()) {
        String ns = r.getMetadata().getNamespace();
        out.add(new ObjectRef(apiVersion, kind, ns, r.getMetadata().getName()));
      }
      return out;
    } catch (UnknownKind | KubernetesClientException e) {
      return List.of(); // suggestions only
    }
  }

  /**
   * The namespace's events from both APIs. No field selector: {@link Events} filters on the subject
   * (which also finds a workload's Pods' events), and a namespace keeps only about an hour of
   * events.
   */
  @Override
  public List<Map<String, Object>> events(ObjectRef ref) {
    List<Map<String, Object>> out = new ArrayList<>();
    String ns = ref.namespace().isEmpty() ? "default" : ref.namespace();
    for (String apiVersion : List.of("v1", "events.k8s.io/v1")) {
      try {
        for (GenericKubernetesResource e :
            operation(apiVersion, "Event").inNamespace(ns).list().getItems()) {
          out.add(plain(e));
        }
      } catch (UnknownKind | KubernetesClientException e) {
        // events are a courtesy: an RBAC refusal leaves them out
      }
    }
    return out;
  }

  private MixedOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      operation(String apiVersion, String kind) {
    ResourceDefinitionContext ctx = known(apiVersion, kind);
    if (ctx != null) {
      return client.genericKubernetesResources(ctx);
    }
    if (apiVersion == null) {
      throw new ClusterException("cannot read a " + kind + " without its apiVersion");
    }
    try {
      return client.genericKubernetesResources(apiVersion, kind);
    } catch (KubernetesClientException e) {
      if (e.getCode() == 0 || e.getCode() == 404) {
        // API discovery does not know the kind: no object of it can exist.
        throw new UnknownKind(e);
      }
      throw e;
    }
  }

  /** The contexts of the kinds {@code why} reads, so that no discovery call is needed. */
  static ResourceDefinitionContext known(String apiVersion, String kind) {
    Optional<FluxKind> flux =
        FluxKind.ofKind(kind)
            .filter(k -> apiVersion == null || apiVersion.startsWith(k.group() + "/"));
    if (flux.isPresent()) {
      return flux.get().context();
    }
    String av = apiVersion == null ? "" : apiVersion;
    return switch (av + " " + kind) {
      case "v1 ConfigMap" -> context("", "v1", kind, "configmaps", true);
      case "v1 Secret" -> context("", "v1", kind, "secrets", true);
      case "v1 Namespace" -> context("", "v1", kind, "namespaces", false);
      case "v1 Event" -> context("", "v1", kind, "events", true);
      case "events.k8s.io/v1 Event" -> context("events.k8s.io", "v1", kind, "events", true);
      case "source.toolkit.fluxcd.io/v1 ExternalArtifact" ->
          context("source.toolkit.fluxcd.io", "v1", kind, "externalartifacts", true);
      case "apiextensions.k8s.io/v1 CustomResourceDefinition" ->
          context("apiextensions.k8s.io", "v1", kind, "customresourcedefinitions", false);
      default -> null;
    };
  }

  private static ResourceDefinitionContext context(
      String group, String version, String kind, String plural, boolean namespaced) {
    return new ResourceDefinitionContext.Builder()
        .withGroup(group)
        .withVersion(version)
        .withKind(kind)
        .withPlural(plural)
        .withNamespaced(namespaced)
        .build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> plain(GenericKubernetesResource r) {
    return Serialization.jsonMapper().convertValue(r, Map.class);
  }

  private ClusterException failure(ObjectRef ref, KubernetesClientException e) {
    String resource = e.getFullResourceName() == null ? ref.kind() : e.getFullResourceName();
    return new ClusterException(
        "unable to get "
            + ref
            + ": "
            + ApiErrors.describe(e, resource, ref.name(), client.getMasterUrl()),
        e);
  }
}
