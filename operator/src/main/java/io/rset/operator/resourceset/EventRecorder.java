package io.rset.operator.resourceset;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.rset.operator.api.ResourceSet;
import io.rset.operator.notification.EventForwarder;
import io.rset.operator.notification.FluxEvent;
import io.rset.operator.status.KubeEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records core/v1 Events on a ResourceSet as the Flux Operator does (spec §4.12), reporting
 * controller {@code flux-operator}, and forwards Warning and {@code ApplySucceeded} events to
 * Flux's notification-controller ({@link #forwarded}). A failure to record is logged, never
 * propagated.
 */
final class EventRecorder {
  static final String COMPONENT = KubeEvents.COMPONENT;
  static final String NORMAL = "Normal";
  static final String WARNING = "Warning";
  private static final Logger LOG = LoggerFactory.getLogger(EventRecorder.class);

  private final KubernetesClient client;
  private final Clock clock;
  private final EventForwarder forwarder;

  EventRecorder(KubernetesClient client, Clock clock, EventForwarder forwarder) {
    this.client = client;
    this.clock = clock;
    this.forwarder = forwarder;
  }

  /**
   * Whether an event also goes to notification-controller: Warnings and {@code ApplySucceeded}; the
   * other Normal events ({@code ReconciliationSucceeded}, {@code HealthCheckCanceled}, {@code
   * DependencyNotReady}) only to Kubernetes.
   */
  static boolean forwarded(String type, String reason) {
    return WARNING.equals(type) || "ApplySucceeded".equals(reason);
  }

  /** {@code message} must already be redacted: it is stored and forwarded as is. */
  void record(ResourceSet rs, String type, String reason, String message) {
    Instant instant = clock.instant();
    Event e =
        KubeEvents.about(
            rs,
            ResourceSet.API_VERSION,
            ResourceSet.KIND,
            type,
            reason,
            message,
            Map.of(),
            instant);
    try {
      client.v1().events().inNamespace(rs.getMetadata().getNamespace()).resource(e).create();
    } catch (KubernetesClientException ex) {
      LOG.warn(
          "failed to record event {} on ResourceSet {}/{}: {}",
          reason,
          rs.getMetadata().getNamespace(),
          rs.getMetadata().getName(),
          ApiException.of(ex).getMessage());
    }
    if (forwarder != EventForwarder.NONE && forwarded(type, reason)) {
      forwarder.forward(fluxEvent(rs, type, reason, message, instant));
    }
  }

  /** The event in Flux's event API format, as Flux's recorder builds it. */
  static FluxEvent fluxEvent(
      ResourceSet rs, String type, String reason, String message, Instant timestamp) {
    return FluxEvent.about(
        rs, ResourceSet.API_VERSION, ResourceSet.KIND, type, reason, message, Map.of(), timestamp);
  }
}
