package io.rset.operator.provider;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.rset.operator.api.ResourceSet;
import io.rset.operator.api.ResourceSetInputProvider;
import io.rset.operator.notification.EventForwarder;
import io.rset.operator.notification.FluxEvent;
import io.rset.operator.status.KubeEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records core/v1 Events on a ResourceSetInputProvider as the Flux Operator does (spec §5.1),
 * reporting controller {@code flux-operator}, and forwards the Warnings and the {@code
 * ReconciliationSucceeded} events of a new revision to Flux's notification-controller. A failure to
 * record is logged, never propagated.
 */
final class ProviderEvents {
  static final String COMPONENT = KubeEvents.COMPONENT;
  static final String NORMAL = "Normal";
  static final String WARNING = "Warning";
  private static final Logger LOG = LoggerFactory.getLogger(ProviderEvents.class);

  private final KubernetesClient client;
  private final Clock clock;
  private final EventForwarder forwarder;

  ProviderEvents(KubernetesClient client, Clock clock, EventForwarder forwarder) {
    this.client = client;
    this.clock = clock;
    this.forwarder = forwarder;
  }

  /** An event without annotations; Warnings are also forwarded. */
  void record(ResourceSetInputProvider p, String type, String reason, String message) {
    record(p, type, reason, message, Map.of(), WARNING.equals(type));
  }

  /** An event with annotations, also forwarded to notification-controller when {@code forward}. */
  void record(
      ResourceSetInputProvider p,
      String type,
      String reason,
      String message,
      Map<String, String> annotations,
      boolean forward) {
    Instant instant = clock.instant();
    String namespace = p.getMetadata().getNamespace();
    Event e =
        KubeEvents.about(
            p,
            ResourceSet.API_VERSION,
            ResourceSetInputProvider.KIND,
            type,
            reason,
            message,
            annotations,
            instant);
    try {
      client.v1().events().inNamespace(namespace).resource(e).create();
    } catch (KubernetesClientException ex) {
      LOG.warn(
          "failed to record event {} on ResourceSetInputProvider {}/{}: HTTP {}",
          reason,
          namespace,
          p.getMetadata().getName(),
          ex.getCode());
    }
    if (forward && forwarder != EventForwarder.NONE) {
      forwarder.forward(
          FluxEvent.about(
              p,
              ResourceSet.API_VERSION,
              ResourceSetInputProvider.KIND,
              type,
              reason,
              message,
              annotations,
              instant));
    }
  }
}
