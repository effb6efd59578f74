package io.rset.cluster.why;

import io.rset.cluster.FluxKind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The full text (and for some the JSON) of every scenario, as golden files {@code
 * why/golden/<fixture>.<name>.txt}: the wording of causes and fixes is reviewed there.
 */
class WhyGoldenTest {
  static Stream<Arguments> scenarios() {
    return Stream.of(
        Arguments.of("ready", FluxKind.HELM_RELEASE, "cert-manager", "cert-manager"),
        Arguments.of("dependency-chain", FluxKind.HELM_RELEASE, "flux-system", "grafana"),
        Arguments.of("dependency-not-found", FluxKind.HELM_RELEASE, "flux-system", "grafana"),
        Arguments.of("dependency-not-found", FluxKind.KUSTOMIZATION, "flux-system", "apps"),
        Arguments.of("values-key-missing", FluxKind.HELM_RELEASE, "flux-system", "grafana"),
        Arguments.of("values-key-missing", FluxKind.HELM_RELEASE, "flux-system", "loki"),
        Arguments.of("values-object-missing", FluxKind.HELM_RELEASE, "kube-system", "cilium"),
        Arguments.of("chart-not-found", FluxKind.HELM_RELEASE, "flux-system", "grafana-agent"),
        Arguments.of("chart-not-found", FluxKind.HELM_RELEASE, "monitoring", "loki"),
        Arguments.of("namespace-not-found", FluxKind.HELM_RELEASE, "flux-system", "grafana"),
        Arguments.of("namespaces-set-failing", FluxKind.HELM_RELEASE, "flux-system", "grafana"),
        Arguments.of("variable-not-set", FluxKind.KUSTOMIZATION, "flux-system", "home-assistant"),
        Arguments.of("health-check-timeout", FluxKind.KUSTOMIZATION, "flux-system", "monitoring"),
        Arguments.of("health-check-helmrelease", FluxKind.KUSTOMIZATION, "flux-system", "logging"),
        Arguments.of("cycle", FluxKind.HELM_RELEASE, "flux-system", "cert-manager"),
        Arguments.of("cycle", FluxKind.KUSTOMIZATION, "flux-system", "infra"),
        Arguments.of("suspended", FluxKind.HELM_RELEASE, "flux-system", "grafana"),
        Arguments.of("suspended", FluxKind.RESOURCE_SET, "flux-system", "platform-resources"),
        Arguments.of("generation-behind", FluxKind.HELM_RELEASE, "flux-system", "cert-manager"),
        Arguments.of("generation-behind", FluxKind.RESOURCE_SET, "flux-system", "tenants"),
        Arguments.of(
            "resourceset-dependency", FluxKind.RESOURCE_SET, "flux-system", "platform-resources"),
        Arguments.of(
            "resourceset-dependency", FluxKind.RESOURCE_SET, "flux-system", "platform-config"),
        Arguments.of(
            "resourceset-inventory", FluxKind.RESOURCE_SET, "flux-system", "platform-resources"),
        Arguments.of(
            "resourceset-inventory", FluxKind.RESOURCE_SET, "flux-system", "platform-apps"),
        Arguments.of("source-missing", FluxKind.KUSTOMIZATION, "flux-system", "apps"),
        Arguments.of("source-missing", FluxKind.KUSTOMIZATION, "flux-system", "infra"),
        Arguments.of("stale-status", FluxKind.KUSTOMIZATION, "flux-system", "apps"));
  }

  @ParameterizedTest(name = "{0} {1} {2}/{3}")
  @MethodSource("scenarios")
  void text(String fixture, FluxKind kind, String namespace, String name) {
    Explanation e =
        new WhyAnalyser(Fixtures.view(fixture)).explain(ObjectRef.of(kind, namespace, name));
    Golden.assertMatches(
        fixture + "." + kind.kind().toLowerCase(java.util.Locale.ROOT) + "-" + name + ".txt",
        ExplanationText.render(e));
  }

  static Stream<Arguments> jsonScenarios() {
    return Stream.of(
        Arguments.of("ready", FluxKind.HELM_RELEASE, "cert-manager", "cert-manager"),
        Arguments.of("dependency-chain", FluxKind.HELM_RELEASE, "flux-system", "grafana"),
        Arguments.of("health-check-timeout", FluxKind.KUSTOMIZATION, "flux-system", "monitoring"));
  }

  @ParameterizedTest(name = "{0} {1} {2}/{3}")
  @MethodSource("jsonScenarios")
  void json(String fixture, FluxKind kind, String namespace, String name) {
    Explanation e =
        new WhyAnalyser(Fixtures.view(fixture)).explain(ObjectRef.of(kind, namespace, name));
    Golden.assertMatches(
        fixture + "." + kind.kind().toLowerCase(java.util.Locale.ROOT) + "-" + name + ".json",
        ExplanationJson.render(e));
  }
}
