package io.rset.cluster.why;

/** How one object of a chain leads to the next. */
public enum Via {
  /** {@code spec.dependsOn}. */
  DEPENDS_ON("dependsOn"),
  /** The source of a Kustomization, HelmRelease ({@code chartRef}) or HelmChart. */
  SOURCE("source"),
  /** The HelmChart helm-controller generates from a HelmRelease's {@code spec.chart}. */
  HELM_CHART("helmChart"),
  /** A ResourceSet's {@code spec.inputsFrom}. */
  INPUT_PROVIDER("inputsFrom"),
  /** An object listed in the {@code status.inventory} of a ResourceSet or Kustomization. */
  INVENTORY("inventory"),
  /** An object a failed health check named. */
  HEALTH_CHECK("healthCheck"),
  /** The ResourceSet that creates the platform's namespaces. */
  NAMESPACES("namespaces");

  private final String json;

  Via(String json) {
    this.json = json;
  }

  /** The name used in {@code -o json}. */
  public String json() {
    return json;
  }
}
