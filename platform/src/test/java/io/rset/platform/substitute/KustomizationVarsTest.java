package io.rset.platform.substitute;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.core.yaml.YamlReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KustomizationVarsTest {
  @SuppressWarnings("unchecked")
  private static Map<String, Object> obj(String yaml) {
    return (Map<String, Object>) new YamlReader().readSingle("t.yaml", yaml).toValue();
  }

  private static final Map<String, Object> VERSIONS =
      obj(
          "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: versions, namespace: flux-system}\n"
              + "data: {a: \"1\", b: \"two\\nlines\"}\n");
  private static final Map<String, Object> SECRET =
      obj(
          "apiVersion: v1\nkind: Secret\nmetadata: {name: creds, namespace: flux-system}\n"
              + "data: {token: c2VjcmV0, a: b3ZlcnJpZGRlbg==}\nstringData: {plain: text}\n");

  private static Map<String, Object> find(String kind, String ns, String name) {
    if (!ns.equals("flux-system")) {
      return null;
    }
    if (kind.equals("ConfigMap") && name.equals("versions")) {
      return VERSIONS;
    }
    if (kind.equals("Secret") && name.equals("creds")) {
      return SECRET;
    }
    return null;
  }

  private static KustomizationVars.Resolved resolve(String postBuild) {
    return KustomizationVars.resolve(
        obj(
            "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\n"
                + "metadata: {name: apps, namespace: flux-system}\nspec:\n  path: ./apps\n"
                + postBuild),
        KustomizationVarsTest::find);
  }

  @Test
  void noPostBuildMeansNoSubstitution() {
    assertThat(resolve("").postBuild()).isNull();
  }

  @Test
  void sourcesInOrderThenInline() {
    KustomizationVars.Resolved r =
        resolve(
            "  postBuild:\n    substitute: {b: inline}\n    substituteFrom:\n"
                + "    - {kind: ConfigMap, name: versions}\n    - {kind: Secret, name: creds}\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.postBuild().vars())
        .containsExactly(
            Map.entry("a", "overridden"),
            Map.entry("b", "inline"),
            Map.entry("token", "secret"),
            Map.entry("plain", "text"));
    assertThat(r.postBuild().runs()).isTrue();
  }

  @Test
  void missingSourceIsFluxsErrorUnlessOptional() {
    KustomizationVars.Resolved r =
        resolve(
            "  postBuild:\n    substituteFrom:\n    - {kind: ConfigMap, name: cluster-vars}\n"
                + "    - {kind: Secret, name: gone, optional: true}\n"
                + "    - {kind: ConfigMap, name: versions}\n");
    assertThat(r.errors())
        .containsExactly(
            "substitute from 'ConfigMap/cluster-vars' error: configmaps \"cluster-vars\" not found");
    assertThat(r.postBuild().vars()).containsEntry("a", "1").containsEntry("b", "twolines");
  }

  @Test
  void alwaysStrategyRunsWithoutVariables() {
    assertThat(resolve("  postBuild:\n    substituteStrategy: Always\n").postBuild().runs())
        .isTrue();
    assertThat(resolve("  postBuild: {}\n").postBuild().runs()).isFalse();
  }
}
