package io.rset.core.graph;

import static io.rset.core.graph.Objects.dep;
import static io.rset.core.graph.Objects.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FluxDependenciesTest {
  @Test
  void helmReleaseDependencyDefaultsToTheReleaseNamespace() {
    Map<String, Object> hr = Objects.helmRelease("app", "cilium", "kube-system/coredns");
    assertThat(FluxDependencies.edgesOf(hr))
        .containsExactly(
            new Edge(Objects.hr("app"), Objects.hr("cilium"), 0, true, ""),
            new Edge(
                Objects.hr("app"),
                new NodeId("helm.toolkit.fluxcd.io", "HelmRelease", "kube-system", "coredns"),
                1,
                true,
                ""));
  }

  @Test
  void kustomizationDependsOnKustomizations() {
    Map<String, Object> ks = Objects.kustomization("apps", "infra");
    assertThat(FluxDependencies.edgesOf(ks))
        .extracting(Edge::dependency)
        .containsExactly(
            new NodeId("kustomize.toolkit.fluxcd.io", "Kustomization", "flux-system", "infra"));
  }

  @Test
  void resourceSetDependencyKeepsItsKindAndNoDefaultNamespace() {
    Map<String, Object> crd =
        dep(
            "apiextensions.k8s.io/v1",
            "CustomResourceDefinition",
            null,
            "helmreleases.helm.toolkit.fluxcd.io");
    Map<String, Object> rs = dep("fluxcd.controlplane.io/v1", "ResourceSet", null, "namespaces");
    rs.put("ready", true);
    rs.put("readyExpr", "status.x == 1");
    Map<String, Object> o =
        object("fluxcd.controlplane.io/v1", "ResourceSet", "flux-system", "apps", List.of(crd, rs));
    NodeId self = new NodeId("fluxcd.controlplane.io", "ResourceSet", "flux-system", "apps");
    assertThat(FluxDependencies.edgesOf(o))
        .containsExactly(
            new Edge(
                self,
                new NodeId(
                    "apiextensions.k8s.io",
                    "CustomResourceDefinition",
                    "",
                    "helmreleases.helm.toolkit.fluxcd.io"),
                0,
                false,
                ""),
            new Edge(
                self,
                new NodeId("fluxcd.controlplane.io", "ResourceSet", "", "namespaces"),
                1,
                true,
                "status.x == 1"));
  }

  @Test
  void otherKindsAndMalformedEntriesAreNoEdges() {
    Map<String, Object> kustomizeConfig =
        object(
            "kustomize.config.k8s.io/v1beta1",
            "Kustomization",
            null,
            "x",
            List.of(Map.of("name", "y")));
    assertThat(FluxDependencies.edgesOf(kustomizeConfig)).isEmpty();
    Map<String, Object> noName = new LinkedHashMap<>();
    noName.put("namespace", "a");
    Map<String, Object> hr =
        object(
            "helm.toolkit.fluxcd.io/v2",
            "HelmRelease",
            "ns",
            "x",
            List.of(noName, "text", Map.of("name", 5L)));
    assertThat(FluxDependencies.edgesOf(hr)).isEmpty();
    Map<String, Object> rsNoKind =
        object(
            "fluxcd.controlplane.io/v1",
            "ResourceSet",
            "ns",
            "x",
            List.of(Map.of("name", "y", "apiVersion", "v1")));
    assertThat(FluxDependencies.edgesOf(rsNoKind)).isEmpty();
  }
}
