/**
 * Forwarding of the operator's events to Flux's notification-controller (spec §4.12), so Flux
 * Alerts can name ResourceSets.
 *
 * <p>{@link io.rset.operator.notification.Notifications#fromEnvironment} reads {@code
 * NOTIFICATIONS_DISABLED} and {@code NOTIFICATION_CONTROLLER_ADDRESS} once; without an address,
 * {@link io.rset.operator.notification.NotificationAddress} finds notification-controller through
 * the cluster's only FluxInstance. {@link io.rset.operator.notification.NotificationForwarder}
 * POSTs each {@link io.rset.operator.notification.FluxEvent} (Flux's event API JSON) from a
 * background thread with Flux's retries ({@link io.rset.operator.notification.RetryPolicy}); a
 * reconcile never waits for it and never fails because of it.
 */
package io.rset.operator.notification;
