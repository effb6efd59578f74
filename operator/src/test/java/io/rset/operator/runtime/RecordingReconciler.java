package io.rset.operator.runtime;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A ConfigMap reconciler that only records the names it reconciled, to see who reconciles. */
final class RecordingReconciler implements Reconciler<ConfigMap> {
  private final List<String> reconciled = new CopyOnWriteArrayList<>();

  @Override
  public UpdateControl<ConfigMap> reconcile(ConfigMap resource, Context<ConfigMap> context) {
    reconciled.add(resource.getMetadata().getName());
    return UpdateControl.noUpdate();
  }

  /** Names reconciled so far, in order (with repeats). */
  List<String> reconciled() {
    return List.copyOf(reconciled);
  }
}
