package io.rset.operator.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.rset.core.yaml.YamlWriter;
import io.rset.operator.api.ResourceSetInputProvider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Static exports, their revision, the requeue interval and the update filter. */
class ProviderUnitsTest {
  @Test
  void staticExportIsTheDefaultsWithTheUidIdInLexicalKeyOrder() {
    List<Map<String, Object>> exported =
        StaticInputs.export(Map.of("zone", "eu", "id", "mine", "app", "web"), "foo");

    assertThat(exported).hasSize(1);
    assertThat(exported.get(0).keySet()).containsExactly("app", "id", "zone");
    assertThat(exported.get(0)).containsEntry("id", "42074437"); // adler32("foo")
  }

  @Test
  void revisionIsTheDigestOfTheGoYamlOfTheList() {
    List<Map<String, Object>> exported = StaticInputs.export(Map.of("env", "prod"), "foo");

    assertThat(YamlWriter.toYaml(exported)).isEqualTo("- env: prod\n  id: \"42074437\"\n");
    // sha256 of the text above
    assertThat(StaticInputs.revision(exported))
        .isEqualTo("sha256:8a5296a3915e6f0d14e12116406803246f6ac94744630f75b59c6fe22e399d33");
  }

  @Test
  void intervalIsReconcileEveryWithATenMinuteDefault() {
    assertThat(InputProviderReconciler.interval(Map.of())).isEqualTo(Duration.ofMinutes(10));
    assertThat(
            InputProviderReconciler.interval(
                Map.of("fluxcd.controlplane.io/reconcileEvery", "1h30m")))
        .isEqualTo(Duration.ofMinutes(90));
    assertThat(
            InputProviderReconciler.interval(
                Map.of("fluxcd.controlplane.io/reconcileEvery", "soon")))
        .isEqualTo(Duration.ofMinutes(10));
    assertThat(
            InputProviderReconciler.interval(Map.of("fluxcd.controlplane.io/reconcileEvery", "0s")))
        .isNull();
  }

  private static ResourceSetInputProvider provider(long generation, Map<String, String> ann) {
    ResourceSetInputProvider p = new ResourceSetInputProvider();
    p.setMetadata(
        new ObjectMetaBuilder()
            .withName("p")
            .withGeneration(generation)
            .withAnnotations(ann)
            .build());
    return p;
  }

  @Test
  void updatesPassOnGenerationOrAnnotationChangesOnly() {
    FluxEventFilter filter = new FluxEventFilter();
    ResourceSetInputProvider base = provider(1, Map.of());

    assertThat(filter.accept(provider(1, Map.of()), base)).isFalse();
    assertThat(filter.accept(provider(2, Map.of()), base)).isTrue();
    assertThat(filter.accept(provider(1, Map.of("reconcile.fluxcd.io/requestedAt", "now")), base))
        .isTrue();
  }
}
