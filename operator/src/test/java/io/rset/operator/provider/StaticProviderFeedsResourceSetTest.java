package io.rset.operator.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.rset.kubetesting.MockCluster;
import io.rset.operator.api.Crds;
import io.rset.operator.api.ResourceSet;
import io.rset.operator.api.ResourceSetInputProvider;
import io.rset.operator.resourceset.ReconcilerSettings;
import io.rset.operator.runtime.ListenAddress;
import io.rset.operator.runtime.OperatorRuntime;
import io.rset.operator.runtime.OperatorSettings;
import io.rset.operator.runtime.StandardControllers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's standard controllers together: a Static provider's exported inputs reach the
 * ResourceSet that selects it (by name and by label selector), and a new revision of the provider
 * re-renders the ResourceSet through the provider watch.
 */
class StaticProviderFeedsResourceSetTest {
  private static final String NS = "apps";
  private static final Duration WAIT = Duration.ofSeconds(30);

  private MockCluster cluster;
  private KubernetesClient client;
  private OperatorRuntime runtime;

  @BeforeEach
  void start() {
    cluster = MockCluster.start();
    cluster.createCrds(Crds.ALL.toArray(String[]::new));
    client = cluster.client();
    OperatorSettings settings =
        new OperatorSettings(
            Set.of(),
            4,
            Duration.ofSeconds(1),
            null,
            null,
            ListenAddress.DISABLED,
            ListenAddress.DISABLED);
    runtime =
        new OperatorRuntime(
            cluster.newClient(b -> b),
            settings,
            new StandardControllers(
                ReconcilerSettings.defaults()
                    .withPolling(Duration.ofMillis(50), Duration.ofSeconds(2))
                    .withIntervalJitterPercent(0)),
            true);
    runtime.start();
  }

  @AfterEach
  void stop() {
    runtime.close();
    cluster.close();
  }

  private void provider(String name, Map<String, String> labels, String tenant) {
    ResourceSetInputProvider p = new ResourceSetInputProvider();
    p.setMetadata(
        new ObjectMetaBuilder().withNamespace(NS).withName(name).withLabels(labels).build());
    p.setSpec(
        new ResourceSetInputProvider.Spec(
            Map.of("type", "Static", "defaultValues", Map.of("tenant", tenant))));
    client.resource(p).create();
  }

  private void resourceSet(String name, Map<String, Object> inputsFrom) {
    ResourceSet rs = new ResourceSet();
    rs.setMetadata(new ObjectMetaBuilder().withNamespace(NS).withName(name).build());
    rs.setSpec(
        new ResourceSet.Spec(
            Map.of(
                "inputsFrom",
                List.of(inputsFrom),
                "resources",
                List.of(
                    Map.of(
                        "apiVersion",
                        "v1",
                        "kind",
                        "ConfigMap",
                        "metadata",
                        Map.of("name", name + "-<< inputs.tenant >>", "namespace", NS),
                        "data",
                        Map.of("id", "<< inputs.id >>"))))));
    client.resource(rs).create();
  }

  private ConfigMap configMap(String name) {
    return client.configMaps().inNamespace(NS).withName(name).get();
  }

  @Test
  void providerInputsAreRenderedAndANewRevisionReRendersTheResourceSet() {
    provider("tenants", Map.of("role", "tenants"), "alpha");
    resourceSet("by-name", Map.of("name", "tenants"));
    resourceSet(
        "by-selector", Map.of("selector", Map.of("matchLabels", Map.of("role", "tenants"))));

    await().atMost(WAIT).until(() -> configMap("by-name-alpha") != null);
    await().atMost(WAIT).until(() -> configMap("by-selector-alpha") != null);
    ResourceSetInputProvider p =
        client.resources(ResourceSetInputProvider.class).inNamespace(NS).withName("tenants").get();
    assertThat(configMap("by-name-alpha").getData())
        .containsEntry("id", p.getStatus().exportedInputs().get(0).get("id").toString());

    client
        .resources(ResourceSetInputProvider.class)
        .inNamespace(NS)
        .withName("tenants")
        .edit(
            x -> {
              x.getSpec().put("defaultValues", Map.of("tenant", "beta"));
              return x;
            });

    await().atMost(WAIT).until(() -> configMap("by-name-beta") != null);
    await().atMost(WAIT).until(() -> configMap("by-selector-beta") != null);
    await().atMost(WAIT).until(() -> configMap("by-name-alpha") == null);
    assertThat(runtime.metrics().scrape())
        .contains("flux_resourceset_info{")
        .contains("flux_resourcesetinputprovider_info{");
  }
}
