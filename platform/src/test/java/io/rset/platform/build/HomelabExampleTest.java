package io.rset.platform.build;

import static io.rset.platform.build.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/homelab}, the README's main job: it builds clean with {@code --strict
 * --recursive} and has the shape issue 4 asks for.
 */
class HomelabExampleTest {
  static final Path DIR = Path.of("../examples/homelab");
  private static PlatformBuildResult result;

  @BeforeAll
  static void build() {
    result = PlatformBuild.run(new PlatformBuildOptions(DIR, null, null, true, true, false));
  }

  private static List<Map<String, Object>> ofKind(String kind) {
    return result.objects().stream()
        .map(PlatformObject::object)
        .filter(o -> kind.equals(o.get("kind")))
        .toList();
  }

  @Test
  void buildsCleanStrictAndRecursive() {
    assertThat(result.problems()).isEmpty();
    // the top-level directory and the six config/ directories
    assertThat(result.kustomizations()).hasSize(7);
    assertThat(result.vars()).containsKeys("cilium_version", "internal_domain");
  }

  @Test
  void atLeastTwentyReleasesFromHttpAndOciRepositories() {
    assertThat(ofKind("HelmRelease")).hasSizeGreaterThanOrEqualTo(20);
    List<Map<String, Object>> repos = ofKind("HelmRepository");
    assertThat(repos).anyMatch(r -> at(r, "spec", "url").toString().startsWith("https://"));
    for (Map<String, Object> r : repos) {
      boolean oci = at(r, "spec", "url").toString().startsWith("oci://");
      assertThat(at(r, "spec", "type")).as("type of %s", r).isEqualTo(oci ? "oci" : null);
    }
    assertThat(repos).filteredOn(r -> "oci".equals(at(r, "spec", "type"))).hasSizeGreaterThan(3);
    assertThat(ofKind("HelmRelease")).anyMatch(r -> at(r, "spec", "postRenderers") != null);
  }

  @Test
  void everyVersionWasSubstituted() {
    for (Map<String, Object> r : ofKind("HelmRelease")) {
      assertThat(at(r, "spec", "chart", "spec", "version").toString())
          .as("version of %s", BuildRun.name(r))
          .matches("v?[0-9]+(\\.[0-9]+)+");
    }
  }

  @Test
  void everyValuesKeyIsGeneratedAndEveryNamespaceExists() {
    Map<String, Object> values =
        ofKind("ConfigMap").stream()
            .filter(c -> BuildRun.name(c).equals("platform-values"))
            .findFirst()
            .orElseThrow();
    @SuppressWarnings("unchecked")
    Set<String> keys = ((Map<String, Object>) values.get("data")).keySet();
    Set<String> namespaces = new HashSet<>();
    ofKind("Namespace").forEach(n -> namespaces.add(BuildRun.name(n)));
    for (Map<String, Object> r : ofKind("HelmRelease")) {
      assertThat(keys).contains((String) at(r, "spec", "valuesFrom", 0, "valuesKey"));
      assertThat(namespaces).contains((String) at(r, "spec", "targetNamespace"));
    }
    assertThat(keys).hasSize(ofKind("HelmRelease").size());
  }

  @Test
  void dependenciesResolveAndTheLongestChainIsAtLeastFiveDeep() {
    Map<String, List<String>> deps = new HashMap<>();
    for (Map<String, Object> r : ofKind("HelmRelease")) {
      Object d = at(r, "spec", "dependsOn");
      deps.put(
          BuildRun.name(r),
          d == null
              ? List.of()
              : ((List<?>) d).stream().map(x -> (String) ((Map<?, ?>) x).get("name")).toList());
    }
    deps.values().forEach(ds -> assertThat(deps.keySet()).containsAll(ds));
    int longest = 0;
    for (String name : deps.keySet()) {
      longest = Math.max(longest, depth(name, deps));
    }
    assertThat(longest).isGreaterThanOrEqualTo(5);
    Set<String> kustomizations = new HashSet<>();
    ofKind("Kustomization").forEach(k -> kustomizations.add(BuildRun.name(k)));
    for (Map<String, Object> k : ofKind("Kustomization")) {
      Object d = at(k, "spec", "dependsOn");
      if (d != null) {
        ((List<?>) d)
            .forEach(
                x -> assertThat(kustomizations).contains((String) ((Map<?, ?>) x).get("name")));
      }
    }
  }

  private static int depth(String name, Map<String, List<String>> deps) {
    int d = 0;
    for (String dep : deps.get(name)) {
      d = Math.max(d, depth(dep, deps));
    }
    return d + 1;
  }

  @Test
  void namespacesChooseTheirPodSecurityLevel() {
    Map<String, Object> kubeSystem =
        ofKind("Namespace").stream()
            .filter(n -> BuildRun.name(n).equals("kube-system"))
            .findFirst()
            .orElseThrow();
    assertThat(at(kubeSystem, "metadata", "labels", "pod-security.kubernetes.io/enforce"))
        .isEqualTo("privileged");
    assertThat(ofKind("Namespace"))
        .extracting(n -> at(n, "metadata", "labels", "pod-security.kubernetes.io/enforce"))
        .contains("baseline", "restricted");
  }

  @Test
  void configDirectoriesAreBuiltWithTheirSubstitutions() {
    Map<String, Object> cluster = ofKind("Cluster").stream().findFirst().orElseThrow();
    assertThat(at(cluster, "spec", "instances")).isEqualTo(1L);
    assertThat(at(cluster, "metadata", "namespace")).isEqualTo("cnpg-system");
    Map<String, Object> dashboards =
        ofKind("ConfigMap").stream()
            .filter(c -> BuildRun.name(c).startsWith("homelab-dashboards"))
            .findFirst()
            .orElseThrow();
    assertThat(at(dashboards, "data", "homelab-overview.json").toString())
        .contains("${datasource}");
  }
}
