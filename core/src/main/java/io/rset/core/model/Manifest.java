package io.rset.core.model;

import io.rset.core.yaml.Position;

/** A custom resource rset reads: a ResourceSet or a ResourceSetInputProvider. */
public sealed interface Manifest permits ResourceSet, ResourceSetInputProvider {
  /** Where the manifest starts, may be null. */
  Position source();

  /** The object metadata. */
  ObjectMeta metadata();
}
