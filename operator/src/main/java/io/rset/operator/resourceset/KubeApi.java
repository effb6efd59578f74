package io.rset.operator.resourceset;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.rset.operator.api.Manifests;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The few API calls the reconciler makes on arbitrary kinds, over plain maps, through one fabric8
 * client (the operator's own or an impersonating one). Kinds are resolved through API discovery,
 * cached per group/version and refreshed once when a kind is missing (a CRD applied earlier in the
 * same reconcile).
 */
final class KubeApi {
  private static final ObjectMapper JSON = Serialization.jsonMapper();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final KubernetesClient client;
  private final Discovery discovery;

  KubeApi(KubernetesClient client, Discovery discovery) {
    this.client = client;
    this.discovery = discovery;
  }

  KubernetesClient client() {
    return client;
  }

  /** Discovery results shared by every KubeApi of one cluster. */
  static final class Discovery {
    private final KubernetesClient client;
    private final Map<String, List<APIResource>> byGroupVersion = new ConcurrentHashMap<>();

    Discovery(KubernetesClient client) {
      this.client = client;
    }

    /**
     * The resource serving {@code kind} in {@code apiVersion}.
     *
     * @throws ApiException {@code no matches for kind "X" in version "g/v"}
     */
    ResourceDefinitionContext resolve(String apiVersion, String kind) throws ApiException {
      ResourceDefinitionContext ctx = find(apiVersion, kind, false);
      if (ctx == null) {
        ctx = find(apiVersion, kind, true);
      }
      if (ctx == null) {
        throw new ApiException(
            0, "", "no matches for kind \"" + kind + "\" in version \"" + apiVersion + "\"");
      }
      return ctx;
    }

    private ResourceDefinitionContext find(String apiVersion, String kind, boolean refresh)
        throws ApiException {
      List<APIResource> resources = refresh ? null : byGroupVersion.get(apiVersion);
      if (resources == null) {
        APIResourceList list;
        try {
          list = client.getApiResources(apiVersion);
        } catch (KubernetesClientException e) {
          if (e.getCode() == 404) {
            list = null;
          } else {
            throw ApiException.of(e);
          }
        }
        resources = list == null || list.getResources() == null ? List.of() : list.getResources();
        byGroupVersion.put(apiVersion, resources);
      }
      for (APIResource r : resources) {
        if (kind.equals(r.getKind()) && !r.getName().contains("/")) {
          return ResourceDefinitionContext.fromApiResource(apiVersion, r);
        }
      }
      return null;
    }

    /** Forgets everything (after CRDs changed). */
    void invalidate() {
      byGroupVersion.clear();
    }
  }

  ResourceDefinitionContext resolve(ObjectRef ref) throws ApiException {
    return discovery.resolve(ref.apiVersion(), ref.kind());
  }

  private Resource<GenericKubernetesResource> resource(
      ResourceDefinitionContext ctx, String namespace, String name) {
    MixedOperation<
            GenericKubernetesResource,
            GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>>
        op = client.genericKubernetesResources(ctx);
    NonNamespaceOperation<
            GenericKubernetesResource,
            GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>>
        scoped = ctx.isNamespaceScoped() ? op.inNamespace(namespace) : op;
    return scoped.withName(name);
  }

  /** The object, or null when it does not exist. */
  Map<String, Object> get(ObjectRef ref) throws ApiException {
    ResourceDefinitionContext ctx = resolve(ref);
    if (ctx.isNamespaceScoped() && ref.namespace().isEmpty()) {
      // the request goes to the cluster-scoped path, which a real API server does not serve
      throw new ApiException(404, "NotFound", "the server could not find the requested resource");
    }
    try {
      GenericKubernetesResource r = resource(ctx, ref.namespace(), ref.name()).get();
      return r == null ? null : toMap(r);
    } catch (KubernetesClientException e) {
      throw ApiException.of(e);
    }
  }

  /** Like {@link #get} but NotFound is an error with the API server's text. */
  Map<String, Object> require(ObjectRef ref) throws ApiException {
    ResourceDefinitionContext ctx = resolve(ref);
    Map<String, Object> o = get(ref);
    if (o == null) {
      throw ApiException.notFound(ctx.getPlural(), ctx.getGroup(), ref.name());
    }
    return o;
  }

  /** Lists objects of a kind in a namespace (all namespaces when null) with a label selector. */
  List<Map<String, Object>> list(String apiVersion, String kind, String namespace, String selector)
      throws ApiException {
    ResourceDefinitionContext ctx = discovery.resolve(apiVersion, kind);
    try {
      var op = client.genericKubernetesResources(ctx);
      var scoped =
          namespace == null || !ctx.isNamespaceScoped()
              ? op.inAnyNamespace()
              : op.inNamespace(namespace);
      GenericKubernetesResourceList list =
          selector == null ? scoped.list() : scoped.withLabelSelector(selector).list();
      return list.getItems().stream().map(KubeApi::toMap).toList();
    } catch (KubernetesClientException e) {
      throw ApiException.of(e);
    }
  }

  /** Server-side apply (forced) with the field manager; {@code dryRun} stores nothing. */
  Map<String, Object> apply(Map<String, Object> object, String fieldManager, boolean dryRun)
      throws ApiException {
    ObjectRef ref = ObjectRef.of(object);
    ResourceDefinitionContext ctx = resolve(ref);
    if (ctx.isNamespaceScoped() && ref.namespace().isEmpty()) {
      throw new ApiException(404, "NotFound", "the server could not find the requested resource");
    }
    GenericKubernetesResource r = JSON.convertValue(object, GenericKubernetesResource.class);
    try {
      var op = client.genericKubernetesResources(ctx);
      Resource<GenericKubernetesResource> res =
          ctx.isNamespaceScoped() ? op.inNamespace(ref.namespace()).resource(r) : op.resource(r);
      GenericKubernetesResource out =
          dryRun
              ? res.dryRun().fieldManager(fieldManager).forceConflicts().serverSideApply()
              : res.fieldManager(fieldManager).forceConflicts().serverSideApply();
      return toMap(out);
    } catch (KubernetesClientException e) {
      throw ApiException.of(e);
    }
  }

  /**
   * Deletes an object with the propagation policy; false when it did not exist.
   *
   * @param uid when set, a UID precondition
   */
  boolean delete(ObjectRef ref, DeletionPropagation propagation, String uid) throws ApiException {
    ResourceDefinitionContext ctx = resolve(ref);
    try {
      if (uid != null) {
        String path =
            "/"
                + (ctx.getGroup() == null || ctx.getGroup().isEmpty()
                    ? "api/" + ctx.getVersion()
                    : "apis/" + ctx.getGroup() + "/" + ctx.getVersion())
                + (ctx.isNamespaceScoped() ? "/namespaces/" + ref.namespace() : "")
                + "/"
                + ctx.getPlural()
                + "/"
                + ref.name();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("apiVersion", "v1");
        options.put("kind", "DeleteOptions");
        options.put("propagationPolicy", propagation.toString());
        options.put("preconditions", Map.of("uid", uid));
        return client.raw(
                client.getMasterUrl().toString().replaceAll("/$", "") + path, "DELETE", options)
            != null;
      }
      var deleted =
          resource(ctx, ref.namespace(), ref.name()).withPropagationPolicy(propagation).delete();
      return !deleted.isEmpty();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return false;
      }
      throw ApiException.of(e);
    }
  }

  /** A plain-value map of a fabric8 object (spec §2.1 numbers). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> toMap(Object fabric8Object) {
    Map<String, Object> m = JSON.convertValue(fabric8Object, MAP);
    return (Map<String, Object>) Manifests.plain(m);
  }
}
