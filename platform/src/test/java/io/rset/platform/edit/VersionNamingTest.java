package io.rset.platform.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link VersionVariable} and {@link VersionComment}: what is learned from existing releases. */
class VersionNamingTest {
  private static Map<String, Object> input(String name, String chart, String version, String url) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", chart);
    c.put("version", version);
    c.put("url", url);
    Map<String, Object> in = new LinkedHashMap<>();
    in.put("name", name);
    in.put("chart", c);
    return in;
  }

  @Test
  void variablesOrLiteralsByMajority() {
    assertThat(
            VersionVariable.usedBy(
                List.of(
                    input("a", "a", "${a_version}", "https://x"),
                    input("b", "b", "1.0", "https://x"))))
        .isFalse();
    assertThat(
            VersionVariable.usedBy(
                List.of(
                    input("a", "a", "${a_version}", "https://x"),
                    input("b", "b", "${b_version}", "https://x"),
                    input("c", "c", "1.0", "https://x"))))
        .isTrue();
    assertThat(VersionVariable.usedBy(List.of())).isFalse();
  }

  @Test
  void namingRuleIsLearned() {
    List<Map<String, Object>> upper =
        List.of(
            input("cert-manager", "cert-manager", "${CHART_CERT_MANAGER}", "https://x"),
            input("cilium", "cilium", "${CHART_CILIUM}", "https://x"));
    assertThat(VersionVariable.rule(upper).apply("external-dns", "external-dns"))
        .isEqualTo("CHART_EXTERNAL_DNS");
    List<Map<String, Object>> byRelease =
        List.of(
            input("pg-main", "cloudnative-pg", "${pg_main_ver}", "https://x"),
            input("istio-base", "base", "${istio_base_ver}", "https://x"));
    assertThat(VersionVariable.rule(byRelease).apply("istiod", "istiod-chart"))
        .isEqualTo("istiod_ver");
    assertThat(VersionVariable.rule(List.of()).apply("podinfo", "pod-info"))
        .isEqualTo("pod_info_version");
    assertThat(
            VersionVariable.rule(List.of(input("x", "x", "${unrelated}", "https://x")))
                .apply("podinfo", "podinfo"))
        .isEqualTo("podinfo_version");
  }

  @Test
  void commentTemplateFromTheSameKindOfRepository() {
    VersionsEnv env =
        new VersionsEnv(
            new TextDoc(
                "versions.env",
                "# Networking\n"
                    + "# renovate: datasource=helm depName=cilium registryUrl=https://helm.cilium.io\n"
                    + "cilium_version=1\n"
                    + "# renovate: datasource=docker depName=quay.io/jetstack/charts/cert-manager\n"
                    + "cert_manager_version=2\n"
                    + "# renovate: datasource=helm depName=grafana registryUrl=https://grafana.github.io/helm-charts\n"
                    + "grafana_version=3\n"));
    List<VersionComment.Known> known =
        List.of(
            new VersionComment.Known(
                "cilium", "cilium", "https://helm.cilium.io", "cilium_version"),
            new VersionComment.Known(
                "cert-manager",
                "cert-manager",
                "oci://quay.io/jetstack/charts",
                "cert_manager_version"),
            new VersionComment.Known(
                "grafana", "grafana", "https://grafana.github.io/helm-charts", "grafana_version"));
    assertThat(
            VersionComment.forRelease(
                env, known, "loki", "loki", "https://grafana.github.io/helm-charts"))
        .containsExactly(
            "# renovate: datasource=helm depName=loki registryUrl=https://grafana.github.io/helm-charts");
    assertThat(
            VersionComment.forRelease(
                env, known, "podinfo", "podinfo", "oci://ghcr.io/stefanprodan/charts"))
        .containsExactly(
            "# renovate: datasource=docker depName=ghcr.io/stefanprodan/charts/podinfo");
  }

  @Test
  void noCommentWhenMostEntriesHaveNone() {
    VersionsEnv env =
        new VersionsEnv(
            new TextDoc(
                "versions.env",
                "# renovate: datasource=helm depName=a\na_version=1\nb_version=2\nc_version=3\n"));
    List<VersionComment.Known> known =
        List.of(
            new VersionComment.Known("a", "a", "https://x", "a_version"),
            new VersionComment.Known("b", "b", "https://x", "b_version"),
            new VersionComment.Known("c", "c", "https://x", "c_version"));
    assertThat(VersionComment.forRelease(env, known, "d", "d", "https://x")).isEmpty();
  }
}
