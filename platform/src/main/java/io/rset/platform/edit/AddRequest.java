package io.rset.platform.edit;

import java.nio.file.Path;
import java.util.List;

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
    boolean force) {
  public AddRequest {
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
  }
}
