package io.rset.operator.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.rset.core.inputs.InputIds;
import io.rset.kubetesting.MockCluster;
import io.rset.operator.api.Crds;
import io.rset.operator.api.ResourceSetInputProvider;
import io.rset.operator.runtime.ListenAddress;
import io.rset.operator.runtime.OperatorRuntime;
import io.rset.operator.runtime.OperatorSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ResourceSetInputProvider controller on the mock server, run by the operator runtime: Static
 * providers end to end, other types stalled, suspension, deletion.
 */
class InputProviderReconcilerTest {
  private static final String NS = "apps";
  private static final Duration WAIT = Duration.ofSeconds(15);

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
            2,
            Duration.ofSeconds(5),
            null,
            null,
            ListenAddress.DISABLED,
            ListenAddress.DISABLED);
    runtime =
        new OperatorRuntime(
            cluster.newClient(b -> b),
            settings,
            (c, s, metrics) ->
                List.<Reconciler<? extends HasMetadata>>of(new InputProviderReconciler(c, metrics)),
            true);
    runtime.start();
  }

  @AfterEach
  void stop() {
    runtime.close();
    cluster.close();
  }

  private ResourceSetInputProvider provider(
      String name, Map<String, String> annotations, Map<String, Object> spec) {
    ResourceSetInputProvider p = new ResourceSetInputProvider();
    p.setMetadata(
        new ObjectMetaBuilder()
            .withNamespace(NS)
            .withName(name)
            .withAnnotations(annotations)
            .withLabels(Map.of("team", "a"))
            .build());
    p.setSpec(new ResourceSetInputProvider.Spec(spec));
    return client.resource(p).create();
  }

  private ResourceSetInputProvider get(String name) {
    return client.resources(ResourceSetInputProvider.class).inNamespace(NS).withName(name).get();
  }

  private ResourceSetInputProvider awaitCondition(
      String name, String type, Predicate<Map<String, Object>> test) {
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              ResourceSetInputProvider p = get(name);
              Map<String, Object> c = condition(p, type);
              return c != null && test.test(c);
            });
    return get(name);
  }

  private static Map<String, Object> condition(ResourceSetInputProvider p, String type) {
    return ProviderStatus.condition(p, type);
  }

  private List<Event> events(String name, String reason) {
    return ProviderStatus.events(client, NS, name, reason);
  }

  private static String sha256(String text) throws Exception {
    return "sha256:"
        + HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void staticProviderExportsDefaultValuesWithItsIdAndBecomesReady() throws Exception {
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put("replicas", 2);
    defaults.put("env", "staging");
    defaults.put("id", "overridden");
    defaults.put("nested", Map.of("enabled", true));
    provider("static", Map.of(), Map.of("type", "Static", "defaultValues", defaults));

    ResourceSetInputProvider p =
        awaitCondition("static", "Ready", c -> "True".equals(c.get("status")));

    String id = InputIds.adler32(p.getMetadata().getUid());
    List<Map<String, Object>> exported = p.getStatus().exportedInputs();
    assertThat(exported).hasSize(1);
    assertThat(exported.get(0))
        .containsExactly(
            Map.entry("env", "staging"),
            Map.entry("id", id),
            Map.entry("nested", Map.of("enabled", true)),
            Map.entry("replicas", 2));
    String yaml =
        "- env: staging\n  id: \"" + id + "\"\n  nested:\n    enabled: true\n  replicas: 2\n";
    assertThat(p.getStatus().lastExportedRevision()).isEqualTo(sha256(yaml)).hasSize(71);

    Map<String, Object> ready = condition(p, "Ready");
    assertThat(ready)
        .containsEntry("reason", "ReconciliationSucceeded")
        .containsEntry("observedGeneration", 1)
        .containsKey("lastTransitionTime");
    assertThat((String) ready.get("message")).matches("Reconciliation finished in \\d+(ms|s)");
    assertThat(condition(p, "Reconciling")).isNull();
    assertThat(condition(p, "Stalled")).isNull();
    assertThat(p.getMetadata().getFinalizers()).containsExactly("fluxcd.controlplane.io/finalizer");

    await().atMost(WAIT).until(() -> !events("static", "ReconciliationSucceeded").isEmpty());
    Event event = events("static", "ReconciliationSucceeded").get(0);
    assertThat(event.getType()).isEqualTo("Normal");
    assertThat(event.getMessage())
        .matches(
            "Reconciliation finished in \\d+(ms|s), revision "
                + p.getStatus().lastExportedRevision());
    assertThat(event.getMetadata().getAnnotations())
        .containsEntry("fluxcd.controlplane.io/revision", p.getStatus().lastExportedRevision())
        .containsKey("fluxcd.controlplane.io/token");
    assertThat(event.getSource().getComponent()).isEqualTo("flux-operator");

    assertThat(runtime.metrics().scrape())
        .contains(
            "flux_resourcesetinputprovider_info{exported_namespace=\"apps\","
                + "kind=\"ResourceSetInputProvider\",name=\"static\","
                + "ready=\"True\",reason=\"ReconciliationSucceeded\",suspended=\"False\","
                + "uid=\""
                + p.getMetadata().getUid()
                + "\",url=\"\"} 1");
  }

  @Test
  void changedDefaultValuesChangeTheRevisionAndRequestedAtIsHandled() {
    provider("static", Map.of(), Map.of("type", "Static", "defaultValues", Map.of("env", "a")));
    ResourceSetInputProvider first =
        awaitCondition("static", "Ready", c -> "True".equals(c.get("status")));
    String before = first.getStatus().lastExportedRevision();

    client
        .resources(ResourceSetInputProvider.class)
        .inNamespace(NS)
        .withName("static")
        .edit(
            p -> {
              p.getSpec().put("defaultValues", Map.of("env", "b"));
              p.getMetadata().setAnnotations(Map.of("reconcile.fluxcd.io/requestedAt", "now-1"));
              return p;
            });

    await()
        .atMost(WAIT)
        .until(
            () -> {
              ResourceSetInputProvider p = get("static");
              return !before.equals(p.getStatus().lastExportedRevision())
                  && "now-1".equals(p.getStatus().get("lastHandledReconcileAt"));
            });
    ResourceSetInputProvider p = get("static");
    assertThat(p.getStatus().exportedInputs().get(0)).containsEntry("env", "b");
    assertThat(condition(p, "Ready")).containsEntry("observedGeneration", 2);
  }

  @Test
  void providerTypesOtherThanStaticAreStalledAsNotSupported() {
    provider(
        "prs",
        Map.of(),
        Map.of("type", "GitHubPullRequest", "url", "https://github.com/example/app"));

    ResourceSetInputProvider p =
        awaitCondition("prs", "Stalled", c -> "True".equals(c.get("status")));

    String message =
        "Reconciliation failed terminally due to configuration error: provider type"
            + " 'GitHubPullRequest' is not supported by rset yet: only 'Static' providers export"
            + " inputs";
    assertThat(condition(p, "Stalled"))
        .containsEntry("reason", "UnsupportedProviderType")
        .containsEntry("message", message);
    assertThat(condition(p, "Ready"))
        .containsEntry("status", "False")
        .containsEntry("reason", "UnsupportedProviderType")
        .containsEntry("message", message);
    assertThat(condition(p, "Reconciling")).isNull();
    assertThat(p.getStatus().exportedInputs()).isNull();
    assertThat(p.getStatus().lastExportedRevision()).isNull();
    await().atMost(WAIT).until(() -> !events("prs", "UnsupportedProviderType").isEmpty());
    assertThat(events("prs", "UnsupportedProviderType").get(0).getType()).isEqualTo("Warning");
  }

  @Test
  void providerCreatedSuspendedIsInitialisedAsSuspendedAndExportsNothing() {
    provider(
        "paused",
        Map.of("fluxcd.controlplane.io/reconcile", "Disabled"),
        Map.of("type", "Static", "defaultValues", Map.of("env", "a")));

    ResourceSetInputProvider p =
        awaitCondition("paused", "Ready", c -> "ReconciliationDisabled".equals(c.get("reason")));

    assertThat(condition(p, "Ready"))
        .containsEntry("status", "True")
        .containsEntry("message", "Initialized with reconciliation suspended");
    assertThat(p.getStatus().exportedInputs()).isNull();

    client
        .resources(ResourceSetInputProvider.class)
        .inNamespace(NS)
        .withName("paused")
        .edit(
            x -> {
              x.getMetadata()
                  .setAnnotations(
                      Map.of(
                          "fluxcd.controlplane.io/reconcile",
                          "disabled",
                          "reconcile.fluxcd.io/requestedAt",
                          "t1"));
              return x;
            });
    await().atMost(WAIT).until(() -> !events("paused", "ReconciliationDisabled").isEmpty());
    Event e = events("paused", "ReconciliationDisabled").get(0);
    assertThat(e.getType()).isEqualTo("Warning");
    assertThat(e.getMessage()).isEqualTo("Reconciliation is disabled");
    await()
        .atMost(WAIT)
        .until(() -> "t1".equals(get("paused").getStatus().get("lastHandledReconcileAt")));
    assertThat(get("paused").getStatus().exportedInputs()).isNull();
  }

  @Test
  void deletionRemovesTheFinalizerAndTheMetricsSeries() {
    provider("gone", Map.of(), Map.of("type", "Static"));
    awaitCondition("gone", "Ready", c -> "True".equals(c.get("status")));
    await().atMost(WAIT).until(() -> runtime.metrics().scrape().contains("name=\"gone\""));

    client.resources(ResourceSetInputProvider.class).inNamespace(NS).withName("gone").delete();

    await().atMost(WAIT).until(() -> get("gone") == null);
    await().atMost(WAIT).until(() -> !runtime.metrics().scrape().contains("name=\"gone\""));
  }
}
