package io.rset.operator.metrics;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Duration;

/**
 * What the reconcilers report to the operator's Prometheus metrics ({@code /metrics}).
 *
 * <p>The runtime records reconcile durations itself for every controller; a reconciler calls {@link
 * #recordStatus} at the end of every reconcile (after its final status patch), {@link #forget} when
 * the object is gone, and {@link #recordApplied} once per changeset entry. All methods are
 * thread-safe and never throw.
 */
public interface OperatorMetrics {
  /** Metrics that record nothing, for tests and tools that do not serve {@code /metrics}. */
  OperatorMetrics NOOP =
      new OperatorMetrics() {
        @Override
        public void recordStatus(HasMetadata object) {}

        @Override
        public void forget(HasMetadata object) {}

        @Override
        public void recordApplied(String action) {}

        @Override
        public void recordReconcile(String kind, Duration duration) {}
      };

  /** Metrics that pass every call to {@code first}, then to {@code second}. */
  static OperatorMetrics both(OperatorMetrics first, OperatorMetrics second) {
    return new OperatorMetrics() {
      @Override
      public void recordStatus(HasMetadata object) {
        first.recordStatus(object);
        second.recordStatus(object);
      }

      @Override
      public void forget(HasMetadata object) {
        first.forget(object);
        second.forget(object);
      }

      @Override
      public void recordApplied(String action) {
        first.recordApplied(action);
        second.recordApplied(action);
      }

      @Override
      public void recordReconcile(String kind, Duration duration) {
        first.recordReconcile(kind, duration);
        second.recordReconcile(kind, duration);
      }
    };
  }

  /**
   * Sets the object's {@code flux_resourceset_info} or {@code flux_resourcesetinputprovider_info}
   * series (spec §4.15) from its current metadata and status, replacing the object's previous
   * series. Objects of other kinds are ignored.
   */
  void recordStatus(HasMetadata object);

  /** Deletes every info series of the object (on deletion). */
  void forget(HasMetadata object);

  /**
   * Counts one changeset entry of an apply or garbage collection; {@code action} is one of {@code
   * created}, {@code configured}, {@code unchanged}, {@code deleted}, {@code skipped}, {@code
   * unknown} (spec §4.4.5).
   */
  void recordApplied(String action);

  /** Records one reconcile of {@code kind} that took {@code duration}. */
  void recordReconcile(String kind, Duration duration);
}
