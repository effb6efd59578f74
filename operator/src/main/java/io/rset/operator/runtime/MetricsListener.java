package io.rset.operator.runtime;

import io.rset.operator.api.ResourceSet;
import io.rset.operator.metrics.OperatorMetrics;
import io.rset.operator.resourceset.ReconcileListener;

/** Passes the ResourceSet reconciler's reports on to the operator's metrics. */
final class MetricsListener implements ReconcileListener {
  private final OperatorMetrics metrics;

  MetricsListener(OperatorMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void statusRecorded(ResourceSet resourceSet) {
    metrics.recordStatus(resourceSet);
  }

  @Override
  public void deleted(ResourceSet resourceSet) {
    metrics.forget(resourceSet);
  }

  @Override
  public void applied(String action) {
    metrics.recordApplied(action);
  }
}
