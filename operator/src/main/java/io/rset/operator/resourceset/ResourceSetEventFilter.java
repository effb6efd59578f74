package io.rset.operator.resourceset;

import io.javaoperatorsdk.operator.processing.event.source.filter.OnUpdateFilter;
import io.rset.operator.api.ResourceSet;
import java.util.Objects;

/**
 * Which ResourceSet updates trigger a reconcile (spec §4.1): a new generation, any annotation
 * change (requestedAt, reconcile, reconcileEvery …), the deletion mark or a finalizer change (JOSDK
 * reconciles after adding its finalizer); status-only updates do not.
 */
public final class ResourceSetEventFilter implements OnUpdateFilter<ResourceSet> {
  @Override
  public boolean accept(ResourceSet updated, ResourceSet old) {
    return !Objects.equals(updated.getMetadata().getGeneration(), old.getMetadata().getGeneration())
        || !Objects.equals(
            updated.getMetadata().getAnnotations(), old.getMetadata().getAnnotations())
        || !Objects.equals(
            updated.getMetadata().getDeletionTimestamp(), old.getMetadata().getDeletionTimestamp())
        || !Objects.equals(
            updated.getMetadata().getFinalizers(), old.getMetadata().getFinalizers());
  }
}
