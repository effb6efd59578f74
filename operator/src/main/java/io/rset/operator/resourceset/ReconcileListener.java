package io.rset.operator.resourceset;

import io.rset.operator.api.ResourceSet;

/**
 * What the ResourceSet reconciler reports to the runtime (metrics). Methods are called on reconcile
 * threads and must not throw.
 */
public interface ReconcileListener {
  /** Reports nothing. */
  ReconcileListener NOOP = new ReconcileListener() {};

  /** Called after the final status patch of every reconcile, with the patched object. */
  default void statusRecorded(ResourceSet resourceSet) {}

  /** Called when a ResourceSet is gone (finalizer removed). */
  default void deleted(ResourceSet resourceSet) {}

  /**
   * Called once per changeset entry of an apply or garbage collection, with its action ({@code
   * created}, {@code configured}, {@code unchanged}, {@code deleted}, {@code skipped}).
   */
  default void applied(String action) {}
}
