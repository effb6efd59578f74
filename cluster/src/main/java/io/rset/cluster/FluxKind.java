package io.rset.cluster;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Locale;
import java.util.Optional;

/** The Flux kinds cluster commands address, with the aliases users type. */
public enum FluxKind {
  RESOURCE_SET(
      "fluxcd.controlplane.io", "v1", "ResourceSet", "resourcesets", "rset", "rs", "resourceset"),
  RESOURCE_SET_INPUT_PROVIDER(
      "fluxcd.controlplane.io",
      "v1",
      "ResourceSetInputProvider",
      "resourcesetinputproviders",
      "rsip",
      "resourcesetinputprovider",
      "inputprovider",
      "inputproviders"),
  FLUX_INSTANCE("fluxcd.controlplane.io", "v1", "FluxInstance", "fluxinstances", "fluxinstance"),
  HELM_RELEASE("helm.toolkit.fluxcd.io", "v2", "HelmRelease", "helmreleases", "hr", "helmrelease"),
  KUSTOMIZATION(
      "kustomize.toolkit.fluxcd.io",
      "v1",
      "Kustomization",
      "kustomizations",
      "ks",
      "kustomization"),
  HELM_REPOSITORY(
      "source.toolkit.fluxcd.io",
      "v1",
      "HelmRepository",
      "helmrepositories",
      "helmrepo",
      "helmrepository"),
  HELM_CHART("source.toolkit.fluxcd.io", "v1", "HelmChart", "helmcharts", "hc", "helmchart"),
  GIT_REPOSITORY(
      "source.toolkit.fluxcd.io",
      "v1",
      "GitRepository",
      "gitrepositories",
      "gitrepo",
      "gitrepository"),
  OCI_REPOSITORY(
      "source.toolkit.fluxcd.io",
      "v1",
      "OCIRepository",
      "ocirepositories",
      "ocirepo",
      "ocirepository"),
  BUCKET("source.toolkit.fluxcd.io", "v1", "Bucket", "buckets", "bucket");

  private final String group;
  private final String version;
  private final String kind;
  private final String plural;
  private final String[] aliases;

  FluxKind(String group, String version, String kind, String plural, String... aliases) {
    this.group = group;
    this.version = version;
    this.kind = kind;
    this.plural = plural;
    this.aliases = aliases;
  }

  public String group() {
    return group;
  }

  public String version() {
    return version;
  }

  public String apiVersion() {
    return group + "/" + version;
  }

  public String kind() {
    return kind;
  }

  public String plural() {
    return plural;
  }

  /** The fabric8 context for generic access to this kind (all are namespaced). */
  public ResourceDefinitionContext context() {
    return new ResourceDefinitionContext.Builder()
        .withGroup(group)
        .withVersion(version)
        .withKind(kind)
        .withPlural(plural)
        .withNamespaced(true)
        .build();
  }

  /** Finds a kind by its name, plural or alias, case-insensitively. */
  public static Optional<FluxKind> parse(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    for (FluxKind k : values()) {
      if (k.kind.toLowerCase(Locale.ROOT).equals(t) || k.plural.equals(t)) {
        return Optional.of(k);
      }
      for (String a : k.aliases) {
        if (a.equals(t)) {
          return Optional.of(k);
        }
      }
    }
    return Optional.empty();
  }

  /** Finds a kind by its API group and Kubernetes kind name (any version). */
  public static Optional<FluxKind> of(String group, String kind) {
    for (FluxKind k : values()) {
      if (k.group.equals(group) && k.kind.equals(kind)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** Finds a kind by its Kubernetes kind name (e.g. {@code HelmRelease}). */
  public static Optional<FluxKind> ofKind(String kind) {
    for (FluxKind k : values()) {
      if (k.kind.equals(kind)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
