package io.rset.platform.edit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code rset platform add} was asked to add.
 *
 * @param dir the platform directory (holding kustomization.yaml and helm-charts.yaml)
 * @param name the release name (a DNS-1123 label, unique among the releases)
 * @param namespace the release's target namespace
 * @param chart the chart name in its repository
 * @param version the chart version (written as a {@code ${var}} when the other releases do that)
 * @param url the chart repository: {@code https://}, {@code http://} or {@code oci://}
 * @param dependsOn names of releases this one depends on; may be empty
 * @param valuesFile a file whose content becomes {@code charts/NAME.yaml}; null for an empty one
 * @param schemaUrl the values schema, written as a {@code # yaml-language-server: $schema=} header;
 *     may be null
 * @param config also scaffold {@code config/NAME/} and its entry in config.yaml
 * @param createNamespace add the namespace to namespaces.yaml when it is not there
 * @param force accept dependencies on releases that are not defined in helm-charts.yaml
 * @param namespaceInput with {@code createNamespace}, the other keys of the new namespace's input
 *     (e.g. {@code security: restricted}), in order; values are strings, booleans or integers
 */
public record AddRequest(
    Path dir,
    String name,
    String namespace,
    String chart,
    String version,
    String url,
    List<String> dependsOn,
    Path valuesFile,
    String schemaUrl,
    boolean config,
    boolean createNamespace,
    boolean force,
    Map<String, Object> namespaceInput) {
  public AddRequest {
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    namespaceInput =
        namespaceInput == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(namespaceInput));
  }

  /** A request whose new namespace input, if any, holds only the namespace's name. */
  public AddRequest(
      Path dir,
      String name,
      String namespace,
      String chart,
      String version,
      String url,
      List<String> dependsOn,
      Path valuesFile,
      String schemaUrl,
      boolean config,
      boolean createNamespace,
      boolean force) {
    this(
        dir,
        name,
        namespace,
        chart,
        version,
        url,
        dependsOn,
        valuesFile,
        schemaUrl,
        config,
        createNamespace,
        force,
        Map.of());
  }

  /**
   * A {@code KEY=VALUE} flag value as YAML would read it: {@code true}/{@code false} are booleans,
   * a decimal integer is a number, anything else is a string.
   */
  public static Object scalar(String value) {
    if (value.equals("true") || value.equals("false")) {
      return Boolean.valueOf(value);
    }
    if (value.matches("-?(0|[1-9][0-9]{0,17})")) {
      return Long.valueOf(value);
    }
    return value;
  }
}
