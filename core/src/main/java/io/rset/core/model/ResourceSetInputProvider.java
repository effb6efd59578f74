package io.rset.core.model;

import io.rset.core.yaml.Position;
import java.util.List;
import java.util.Map;

/**
 * A {@code fluxcd.controlplane.io/v1} ResourceSetInputProvider (spec §1.4, §1.5).
 *
 * @param source where the manifest starts, may be null
 * @param spec the spec; the parts rset does not interpret are kept raw in {@code raw}
 * @param exportedInputs {@code status.exportedInputs}; null when the status has no such list
 */
public record ResourceSetInputProvider(
    Position source,
    ObjectMeta metadata,
    Spec spec,
    List<Map<String, Object>> exportedInputs,
    String lastExportedRevision)
    implements Manifest {
  public static final String API_VERSION = "fluxcd.controlplane.io/v1";
  public static final String KIND = "ResourceSetInputProvider";

  /**
   * The provider spec.
   *
   * @param type e.g. Static, GitHubBranch, OCIArtifactTag
   * @param defaultValues never null
   * @param raw the whole spec as plain Java values
   */
  public record Spec(
      String type, String url, Map<String, Object> defaultValues, Map<String, Object> raw) {
    public Spec {
      defaultValues = defaultValues == null ? Map.of() : defaultValues;
      raw = raw == null ? Map.of() : raw;
    }
  }
}
