package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.rset.operator.metrics.OperatorMetrics;
import io.rset.operator.runtime.OperatorSettings;
import io.rset.operator.runtime.StandardControllers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code rset operator} flags reach the ResourceSet reconciler's settings. */
class OperatorFlagsWiringTest {
  private static ReconcilerSettings resourceSetSettings(OperatorSettings flags) {
    try (KubernetesClient client =
        new KubernetesClientBuilder()
            .withConfig(new ConfigBuilder().withMasterUrl("http://127.0.0.1:1").build())
            .build()) {
      return new StandardControllers()
          .create(client, flags, OperatorMetrics.NOOP).stream()
              .filter(ResourceSetReconciler.class::isInstance)
              .map(r -> ((ResourceSetReconciler) r).settings())
              .findFirst()
              .orElseThrow();
    }
  }

  @Test
  void overrideManagersRequeueDependencyAndServiceAccountArePassedOn() {
    OperatorSettings flags =
        new OperatorSettings(
                java.util.Set.of(),
                3,
                Duration.ofSeconds(7),
                "deployer",
                null,
                OperatorSettings.defaults().metricsAddress(),
                OperatorSettings.defaults().healthAddress())
            .withOverrideManagers(List.of("argocd-controller", "terraform"));

    ReconcilerSettings s = resourceSetSettings(flags);

    assertThat(s.overrideManagers()).containsExactly("argocd-controller", "terraform");
    assertThat(s.requeueDependency()).isEqualTo(Duration.ofSeconds(7));
    assertThat(s.defaultServiceAccount()).isEqualTo("deployer");
  }

  @Test
  void noOverrideManagersByDefault() {
    assertThat(OperatorSettings.defaults().overrideManagers()).isEmpty();
    assertThat(resourceSetSettings(OperatorSettings.defaults()).overrideManagers()).isEmpty();
  }
}
