package io.rset.operator.provider;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.javaoperatorsdk.operator.processing.event.source.filter.OnUpdateFilter;
import java.util.Map;
import java.util.Objects;

/**
 * Flux's update predicate for its own objects (spec §4.1): an update triggers a reconcile when
 * {@code metadata.generation} or any annotation changed, so {@code reconcile.fluxcd.io/requestedAt}
 * and {@code fluxcd.controlplane.io/reconcile} work while status-only updates do not. Finalizer
 * changes and the start of a deletion pass too (JOSDK needs them once generation-aware filtering is
 * off).
 */
public final class FluxEventFilter implements OnUpdateFilter<HasMetadata> {
  @Override
  public boolean accept(HasMetadata updated, HasMetadata old) {
    if (old == null) {
      return true;
    }
    ObjectMeta n = updated.getMetadata();
    ObjectMeta o = old.getMetadata();
    return !Objects.equals(n.getGeneration(), o.getGeneration())
        || !annotations(n).equals(annotations(o))
        || !Objects.equals(n.getFinalizers(), o.getFinalizers())
        || (n.getDeletionTimestamp() != null && o.getDeletionTimestamp() == null);
  }

  private static Map<String, String> annotations(ObjectMeta m) {
    return m.getAnnotations() == null ? Map.of() : m.getAnnotations();
  }
}
