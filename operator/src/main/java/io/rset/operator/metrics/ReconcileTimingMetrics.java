package io.rset.operator.metrics;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.api.reconciler.Constants;
import io.javaoperatorsdk.operator.api.reconciler.RetryInfo;
import io.javaoperatorsdk.operator.processing.Controller;
import io.javaoperatorsdk.operator.processing.GroupVersionKind;
import io.javaoperatorsdk.operator.processing.event.Event;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Duration;
import java.util.Map;

/**
 * JOSDK metrics that time every reconcile into {@link OperatorMetrics#recordReconcile} (by the
 * primary resource's kind) and pass every callback on to JOSDK's own metrics.
 */
public final class ReconcileTimingMetrics implements Metrics {
  private static final String RECONCILE = "reconcile";

  private final Metrics delegate;
  private final OperatorMetrics metrics;

  public ReconcileTimingMetrics(Metrics delegate, OperatorMetrics metrics) {
    this.delegate = delegate;
    this.metrics = metrics;
  }

  @Override
  public <T> T timeControllerExecution(ControllerExecution<T> execution) throws Exception {
    if (!RECONCILE.equals(execution.name())) {
      return delegate.timeControllerExecution(execution);
    }
    long start = System.nanoTime();
    try {
      return delegate.timeControllerExecution(execution);
    } finally {
      metrics.recordReconcile(kind(execution), Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private static String kind(ControllerExecution<?> execution) {
    Object gvk = execution.metadata().get(Constants.RESOURCE_GVK_KEY);
    return gvk instanceof GroupVersionKind g ? g.getKind() : execution.controllerName();
  }

  @Override
  public void controllerRegistered(Controller<? extends HasMetadata> controller) {
    delegate.controllerRegistered(controller);
  }

  @Override
  public void receivedEvent(Event event, Map<String, Object> metadata) {
    delegate.receivedEvent(event, metadata);
  }

  @Override
  public void reconcileCustomResource(
      HasMetadata resource, RetryInfo retryInfo, Map<String, Object> metadata) {
    delegate.reconcileCustomResource(resource, retryInfo, metadata);
  }

  @Override
  public void failedReconciliation(
      HasMetadata resource, Exception exception, Map<String, Object> metadata) {
    delegate.failedReconciliation(resource, exception, metadata);
  }

  @Override
  public void reconciliationExecutionStarted(HasMetadata resource, Map<String, Object> metadata) {
    delegate.reconciliationExecutionStarted(resource, metadata);
  }

  @Override
  public void reconciliationExecutionFinished(HasMetadata resource, Map<String, Object> metadata) {
    delegate.reconciliationExecutionFinished(resource, metadata);
  }

  @Override
  public void cleanupDoneFor(ResourceID resourceID, Map<String, Object> metadata) {
    delegate.cleanupDoneFor(resourceID, metadata);
  }

  @Override
  public void finishedReconciliation(HasMetadata resource, Map<String, Object> metadata) {
    delegate.finishedReconciliation(resource, metadata);
  }

  @Override
  public <M extends Map<?, ?>> M monitorSizeOf(M map, String name) {
    return delegate.monitorSizeOf(map, name);
  }
}
