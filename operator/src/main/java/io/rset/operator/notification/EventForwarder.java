package io.rset.operator.notification;

/**
 * Where events go besides the Kubernetes API: Flux's notification-controller, or nowhere. An
 * implementation never blocks its caller for long and never throws.
 */
@FunctionalInterface
public interface EventForwarder {
  /** Forwards nothing (notifications disabled or no notification-controller). */
  EventForwarder NONE = event -> {};

  /** Hands the event over for delivery; best effort. */
  void forward(FluxEvent event);
}
