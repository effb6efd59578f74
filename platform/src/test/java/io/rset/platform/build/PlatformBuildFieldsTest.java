package io.rset.platform.build;

import static io.rset.platform.build.Fixtures.at;
import static io.rset.platform.build.Fixtures.find;
import static org.assertj.core.api.Assertions.assertThat;

import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.platform.kustomize.KResource;
import io.rset.platform.kustomize.KustomizeResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --recursive} applies a Flux Kustomization's build fields as kustomize-controller does
 * (fixture {@code build/recursive-fields}): targetNamespace, namePrefix, nameSuffix, patches and
 * images merged into the directory's own kustomization, then substitution, then commonMetadata.
 *
 * <p>Golden files under {@code src/test/resources/build-golden}: {@code
 * recursive-fields.kubectl.yaml} is what {@code kubectl kustomize} prints for the merged
 * kustomization (written by hand from Flux's generator rules); {@code recursive-fields.out.yaml} is
 * the whole build's output, regenerated with {@code -Dgolden.update=true}.
 */
class PlatformBuildFieldsTest {
  private static final Path GOLDEN = Path.of("src/test/resources/build-golden");

  private static PlatformBuildResult build() {
    return Fixtures.lenient("recursive-fields", true, true);
  }

  @Test
  void kustomizeStepEqualsKubectlOfTheKustomizationFluxWrites() throws IOException {
    PlatformBuildResult r = build();
    assertThat(r.problems()).isEmpty();
    KustomizeResult web = r.kustomizations().get(1);
    List<Object> want =
        new YamlReader()
                .readKubernetesDocuments(
                    "kubectl",
                    Files.readString(
                        GOLDEN.resolve("recursive-fields.kubectl.yaml"), StandardCharsets.UTF_8))
                .stream()
                .map(YamlNode::toValue)
                .toList();
    List<Object> got =
        web.resources().stream().map(KResource::object).map(o -> (Object) o).toList();
    assertThat(got).isEqualTo(want);
  }

  @Test
  void wholeBuildMatchesTheGoldenFile() throws IOException {
    String actual = BuildPrinter.yaml(build().objects());
    Path file = GOLDEN.resolve("recursive-fields.out.yaml");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void substitutionRunsAfterThePatchesAndCommonMetadataAfterSubstitution() {
    PlatformBuildResult r = build();
    PlatformObject web = find(r, "Deployment", "team-web-prod");
    assertThat(at(web.object(), "spec", "replicas")).isEqualTo(3L);
    assertThat(at(web.object(), "metadata", "namespace")).isEqualTo("shop");
    assertThat(at(web.object(), "metadata", "labels"))
        .isEqualTo(
            Map.of(
                "app", "web",
                "team", "shop",
                "kustomize.toolkit.fluxcd.io/name", "web",
                "kustomize.toolkit.fluxcd.io/namespace", "flux-system"));
    // commonMetadata is applied after substitution: "${owner}" stays as written
    assertThat(at(web.object(), "metadata", "annotations")).isEqualTo(Map.of("owner", "${owner}"));
    // and never to selectors or pod templates
    assertThat(at(web.object(), "spec", "selector", "matchLabels")).isEqualTo(Map.of("app", "web"));
    assertThat(at(web.object(), "spec", "template", "metadata", "labels"))
        .isEqualTo(Map.of("app", "web"));
  }

  @Test
  void fluxImagesAreMergedIntoTheDirectorysOwnByName() {
    PlatformObject web = find(build(), "Deployment", "team-web-prod");
    assertThat(at(web.object(), "spec", "template", "spec", "containers", 0, "image"))
        .isEqualTo("mirror.local/nginx:1.27");
    assertThat(at(web.object(), "spec", "template", "spec", "containers", 1, "image"))
        .isEqualTo("registry.local/redis@sha256:0123abcd");
  }

  @Test
  @SuppressWarnings("unchecked")
  void clusterScopedObjectsKeepNoNamespaceWhateverTheirKindsSchema() {
    PlatformBuildResult r = build();
    // kustomize gives the cluster-scoped custom resource the target namespace (its CRD does not
    // count for kustomize); the API server drops it, and so does rset
    assertThat(at(find(r, "Widget", "team-global-prod").object(), "metadata"))
        .isEqualTo(
            Map.of(
                "name",
                "team-global-prod",
                "annotations",
                Map.of("owner", "${owner}", "patched-by", "own"),
                "labels",
                Map.of(
                    "team", "shop",
                    "kustomize.toolkit.fluxcd.io/name", "web",
                    "kustomize.toolkit.fluxcd.io/namespace", "flux-system")));
    assertThat((Map<String, Object>) at(find(r, "Widget", "team-global-prod").object(), "metadata"))
        .doesNotContainKey("namespace");
    assertThat(
            (Map<String, Object>)
                at(find(r, "ClusterRole", "team-web-reader-prod").object(), "metadata"))
        .doesNotContainKey("namespace");
    assertThat(at(find(r, "ClusterRoleBinding", "team-web-reader-prod").object(), "subjects", 0))
        .isEqualTo(Map.of("kind", "ServiceAccount", "name", "team-web-prod", "namespace", "shop"));
  }

  @Test
  void clusterScopeKnowsBuiltInKindsAndTheBuildsCrds() {
    ClusterScope none = ClusterScope.of(List.of());
    assertThat(
            none.isClusterScoped(
                obj("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicy")))
        .isTrue();
    assertThat(none.isClusterScoped(obj("flowcontrol.apiserver.k8s.io/v1", "FlowSchema"))).isTrue();
    assertThat(none.isClusterScoped(obj("v1", "Namespace"))).isTrue();
    assertThat(none.isClusterScoped(obj("example.com/v1", "Namespace"))).isFalse();
    assertThat(none.isClusterScoped(obj("v1", "ConfigMap"))).isFalse();
    assertThat(none.isClusterScoped(obj("example.com/v1", "Widget"))).isFalse();
    ClusterScope withCrd = ClusterScope.of(build().objects());
    assertThat(withCrd.isClusterScoped(obj("example.com/v1", "Widget"))).isTrue();
    assertThat(withCrd.isClusterScoped(obj("example.com/v2", "Widget"))).isTrue();
  }

  private static Map<String, Object> obj(String apiVersion, String kind) {
    return Map.of("apiVersion", apiVersion, "kind", kind);
  }
}
