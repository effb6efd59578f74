package io.rset.operator.runtime;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.rset.operator.metrics.OperatorMetrics;
import io.rset.operator.provider.InputProviderReconciler;
import java.util.List;

/** The controllers {@code rset operator} runs. */
public final class StandardControllers implements OperatorRuntime.Controllers {
  @Override
  public List<Reconciler<? extends HasMetadata>> create(
      KubernetesClient client, OperatorSettings settings, OperatorMetrics metrics) {
    return List.of(new InputProviderReconciler(client, metrics));
  }
}
