package io.rset.core.model;

import io.rset.core.yaml.Position;

/**
 * A {@code fluxcd.controlplane.io/v1} ResourceSet.
 *
 * @param source where the manifest starts (file, line, column), for messages; may be null
 * @param status may be null
 */
public record ResourceSet(
    Position source, ObjectMeta metadata, ResourceSetSpec spec, ResourceSetStatus status)
    implements Manifest {
  public static final String API_VERSION = "fluxcd.controlplane.io/v1";
  public static final String KIND = "ResourceSet";
}
