package io.rset.operator.notification;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds notification-controller as the Flux Operator does when {@code
 * NOTIFICATION_CONTROLLER_ADDRESS} is not set (spec §4.12): when exactly one {@code
 * fluxcd.controlplane.io/v1} FluxInstance exists and its components include {@code
 * notification-controller}, the address is {@code
 * http://notification-controller.<namespace>.svc.<clusterDomain>./}, the cluster domain being the
 * instance's {@code spec.cluster.domain} (default {@code cluster.local}).
 */
public final class NotificationAddress {
  static final String API_VERSION = "fluxcd.controlplane.io/v1";
  static final String KIND = "FluxInstance";
  static final String COMPONENT = "notification-controller";
  static final String DEFAULT_CLUSTER_DOMAIN = "cluster.local";

  /**
   * A FluxInstance without {@code spec.components} installs Flux's default components, which
   * include notification-controller.
   */
  static final List<String> DEFAULT_COMPONENTS =
      List.of("source-controller", "kustomize-controller", "helm-controller", COMPONENT);

  private static final Logger LOG = LoggerFactory.getLogger(NotificationAddress.class);

  private NotificationAddress() {}

  /**
   * The address for these FluxInstances, or null when there is none (not exactly one, or no nc).
   */
  static URI of(List<GenericKubernetesResource> instances) {
    if (instances.size() != 1) {
      return null;
    }
    GenericKubernetesResource instance = instances.get(0);
    Map<String, Object> spec = map(instance.getAdditionalProperties().get("spec"));
    Object components = spec.get("components");
    List<?> list =
        components instanceof List<?> l && !l.isEmpty() ? l : (List<?>) DEFAULT_COMPONENTS;
    if (!list.contains(COMPONENT)) {
      return null;
    }
    Object domain = map(spec.get("cluster")).get("domain");
    String clusterDomain = domain instanceof String s && !s.isEmpty() ? s : DEFAULT_CLUSTER_DOMAIN;
    try {
      return URI.create(
          "http://"
              + COMPONENT
              + "."
              + instance.getMetadata().getNamespace()
              + ".svc."
              + clusterDomain
              + "./");
    } catch (IllegalArgumentException e) {
      LOG.debug("invalid notification-controller address: {}", e.getMessage());
      return null;
    }
  }

  /**
   * An address that lists the FluxInstances on first use and again once {@code ttl} has passed, so
   * a Flux installed after the operator started is found. A failed list (no CRD, no permission)
   * counts as no address.
   */
  static Supplier<URI> discovering(KubernetesClient client, Duration ttl, Clock clock) {
    return new Supplier<>() {
      private Instant expires = Instant.MIN;
      private URI cached;

      @Override
      public synchronized URI get() {
        Instant now = clock.instant();
        if (now.isBefore(expires)) {
          return cached;
        }
        cached = list(client);
        expires = now.plus(ttl);
        return cached;
      }
    };
  }

  private static URI list(KubernetesClient client) {
    try {
      return of(
          client.genericKubernetesResources(API_VERSION, KIND).inAnyNamespace().list().getItems());
    } catch (KubernetesClientException e) {
      LOG.debug("cannot list FluxInstances: HTTP {}", e.getCode());
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
