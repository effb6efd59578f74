package io.rset.cluster.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.rset.cluster.ClusterException;
import io.rset.core.yaml.YamlWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and changes objects of any kind through a fabric8 client, as plain maps. Every API failure
 * becomes a {@link ClusterException} whose message is the Go client's error text (for example
 * {@code resourcesets.fluxcd.controlplane.io "x" not found}), so callers can prefix it.
 */
public final class ClusterObjects {
  /** The field manager of every mutation, as the Flux Operator CLI's. */
  public static final String FIELD_MANAGER = "flux-operator-ctl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final KubernetesClient client;

  public ClusterObjects(KubernetesClient client) {
    this.client = client;
  }

  /** The object, or empty when the server answers NotFound. */
  public Optional<Map<String, Object>> get(
      ResourceDefinitionContext type, String namespace, String name) {
    try {
      GenericKubernetesResource r = resource(type, namespace, name).get();
      return Optional.ofNullable(r).map(ClusterObjects::toMap);
    } catch (KubernetesClientException e) {
      throw failure(e, type, name);
    }
  }

  /** A Secret as a plain map, or empty when it does not exist. */
  public Optional<Map<String, Object>> getSecret(String namespace, String name) {
    try {
      Secret s = client.secrets().inNamespace(namespace).withName(name).get();
      return Optional.ofNullable(s).map(ClusterObjects::toMap);
    } catch (KubernetesClientException e) {
      throw failure(e, "secrets", name);
    }
  }

  /**
   * The objects of a type in a namespace ({@code null}: all namespaces), restricted to one name
   * with a {@code metadata.name} field selector when name is not null; in API list order.
   */
  public List<Map<String, Object>> list(
      ResourceDefinitionContext type, String namespace, String name) {
    try {
      MixedOperation<
              GenericKubernetesResource,
              GenericKubernetesResourceList,
              Resource<GenericKubernetesResource>>
          op = client.genericKubernetesResources(type);
      NonNamespaceOperation<
              GenericKubernetesResource,
              GenericKubernetesResourceList,
              Resource<GenericKubernetesResource>>
          scoped = namespace == null ? null : op.inNamespace(namespace);
      GenericKubernetesResourceList list;
      if (name != null) {
        list =
            namespace == null
                ? op.inAnyNamespace().withField("metadata.name", name).list()
                : scoped.withField("metadata.name", name).list();
      } else {
        list = namespace == null ? op.inAnyNamespace().list() : scoped.list();
      }
      return list.getItems().stream().map(ClusterObjects::toMap).toList();
    } catch (KubernetesClientException e) {
      throw failure(e, type, null);
    }
  }

  /**
   * Applies a JSON merge patch with field manager {@value #FIELD_MANAGER}; NotFound is an error.
   * Lists must not appear in the patch (merge patches replace them, and test servers differ).
   */
  public Map<String, Object> mergePatch(
      ResourceDefinitionContext type, String namespace, String name, Map<String, Object> patch) {
    PatchContext context = PatchContext.of(PatchType.JSON_MERGE);
    context.setFieldManager(FIELD_MANAGER);
    try {
      return toMap(resource(type, namespace, name).patch(context, YamlWriter.toRawJson(patch)));
    } catch (KubernetesClientException e) {
      throw failure(e, type, name);
    }
  }

  /** Deletes the object with the server's default propagation; false when it did not exist. */
  public boolean delete(ResourceDefinitionContext type, String namespace, String name) {
    try {
      return !resource(type, namespace, name).delete().isEmpty();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return false;
      }
      throw failure(e, type, name);
    }
  }

  /** An empty or null namespace addresses a cluster-scoped object. */
  private Resource<GenericKubernetesResource> resource(
      ResourceDefinitionContext type, String namespace, String name) {
    var op = client.genericKubernetesResources(type);
    return namespace == null || namespace.isEmpty()
        ? op.withName(name)
        : op.inNamespace(namespace).withName(name);
  }

  /**
   * The object of any kind, found through the API server's discovery (for kinds this tool has no
   * table entry for); empty when it does not exist.
   *
   * @throws ClusterException also when the kind is not served
   */
  public Optional<Map<String, Object>> discover(
      String apiVersion, String kind, String namespace, String name) {
    try {
      var op = client.genericKubernetesResources(apiVersion, kind);
      GenericKubernetesResource r =
          namespace == null || namespace.isEmpty()
              ? op.withName(name).get()
              : op.inNamespace(namespace).withName(name).get();
      return Optional.ofNullable(r).map(ClusterObjects::toMap);
    } catch (KubernetesClientException e) {
      throw failure(e, kind.toLowerCase(java.util.Locale.ROOT), name);
    }
  }

  private ClusterException failure(
      KubernetesClientException e, ResourceDefinitionContext type, String name) {
    String resource =
        type.getGroup() == null || type.getGroup().isEmpty()
            ? type.getPlural()
            : type.getPlural() + "." + type.getGroup();
    return failure(e, resource, name);
  }

  private ClusterException failure(KubernetesClientException e, String resource, String name) {
    return new ClusterException(ApiErrors.describe(e, resource, name, client.getMasterUrl()), e);
  }

  private static Map<String, Object> toMap(Object resource) {
    return JsonValues.toMap(JSON.valueToTree(resource));
  }
}
