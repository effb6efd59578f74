package io.rset.operator.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.rset.kubetesting.MockCluster;
import io.rset.operator.api.Crds;
import io.rset.operator.api.ResourceSetInputProvider;
import io.rset.operator.notification.NotificationReceiver;
import io.rset.operator.notification.Notifications;
import io.rset.operator.resourceset.ReconcilerSettings;
import io.rset.operator.runtime.ListenAddress;
import io.rset.operator.runtime.OperatorRuntime;
import io.rset.operator.runtime.OperatorSettings;
import io.rset.operator.runtime.StandardControllers;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator runtime configured with {@code NOTIFICATION_CONTROLLER_ADDRESS} forwards a
 * provider's Warnings and its {@code ReconciliationSucceeded} events of a new revision (spec §5.1)
 * to a JDK HTTP server standing in for notification-controller.
 */
class ProviderEventForwardingTest {
  private static final String NS = "apps";
  private static final Duration WAIT = Duration.ofSeconds(30);

  private MockCluster cluster;
  private KubernetesClient client;
  private NotificationReceiver receiver;
  private OperatorRuntime runtime;

  @BeforeEach
  void start() {
    cluster = MockCluster.start();
    cluster.createCrds(Crds.ALL.toArray(String[]::new));
    client = cluster.client();
    receiver = NotificationReceiver.start();
    runtime =
        new OperatorRuntime(
            cluster.newClient(b -> b),
            new OperatorSettings(
                Set.of(),
                2,
                Duration.ofSeconds(5),
                null,
                null,
                ListenAddress.DISABLED,
                ListenAddress.DISABLED),
            new StandardControllers(
                ReconcilerSettings.defaults(),
                StandardControllers.fromEnvironment(
                    Map.of(Notifications.ADDRESS_ENV, receiver.address().toString()))),
            true);
    runtime.start();
  }

  @AfterEach
  void stop() {
    runtime.close();
    receiver.close();
    cluster.close();
  }

  private void provider(String name, Map<String, Object> spec) {
    ResourceSetInputProvider p = new ResourceSetInputProvider();
    p.setMetadata(new ObjectMetaBuilder().withNamespace(NS).withName(name).build());
    p.setSpec(new ResourceSetInputProvider.Spec(spec));
    client.resource(p).create();
  }

  private ResourceSetInputProvider get(String name) {
    return client.resources(ResourceSetInputProvider.class).inNamespace(NS).withName(name).get();
  }

  private long kubernetesEvents(String name, String reason) {
    return client.v1().events().inNamespace(NS).list().getItems().stream()
        .filter(e -> name.equals(e.getInvolvedObject().getName()) && reason.equals(e.getReason()))
        .count();
  }

  private long forwarded(String reason) {
    return receiver.bodies().stream()
        .filter(b -> b.contains("\"reason\":\"" + reason + "\""))
        .count();
  }

  private void requestReconcile(String token, Map<String, Object> defaultValues) {
    client
        .resources(ResourceSetInputProvider.class)
        .inNamespace(NS)
        .withName("static")
        .edit(
            p -> {
              p.getSpec().put("defaultValues", defaultValues);
              p.getMetadata().setAnnotations(Map.of("reconcile.fluxcd.io/requestedAt", token));
              return p;
            });
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> token.equals(get("static").getStatus().get("lastHandledReconcileAt")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void newRevisionsAndWarningsAreForwardedUnchangedRevisionsAreNot() {
    provider("static", Map.of("type", "Static", "defaultValues", Map.of("env", "a")));
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> forwarded("ReconciliationSucceeded") == 1);
    ResourceSetInputProvider p = get("static");
    String revision = p.getStatus().lastExportedRevision();
    Map<String, Object> first =
        Serialization.unmarshal(
            receiver.awaitBody(b -> b.contains("ReconciliationSucceeded")), Map.class);
    assertThat((Map<String, Object>) first.get("involvedObject"))
        .containsEntry("kind", "ResourceSetInputProvider")
        .containsEntry("namespace", NS)
        .containsEntry("name", "static")
        .containsEntry("uid", p.getMetadata().getUid())
        .containsEntry("apiVersion", "fluxcd.controlplane.io/v1");
    assertThat(first)
        .containsEntry("severity", "info")
        .containsEntry("reportingController", "flux-operator");
    assertThat((String) first.get("message"))
        .matches("Reconciliation finished in .+, revision " + revision.replace("+", "\\+"));
    Map<String, Object> metadata = (Map<String, Object>) first.get("metadata");
    assertThat(metadata).containsEntry("fluxcd.controlplane.io/revision", revision);
    assertThat((String) metadata.get("fluxcd.controlplane.io/token")).startsWith("sha256:");
    assertThat(metadata).hasSize(2);

    // the same revision again: a Kubernetes event only
    requestReconcile("now-1", Map.of("env", "a"));
    // a new revision: forwarded
    requestReconcile("now-2", Map.of("env", "b"));
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> forwarded("ReconciliationSucceeded") == 2);
    assertThat(kubernetesEvents("static", "ReconciliationSucceeded")).isEqualTo(3);
    assertThat(receiver.bodies().get(receiver.bodies().size() - 1))
        .contains(get("static").getStatus().lastExportedRevision());

    // a Warning
    provider("git", Map.of("type", "GitHubBranch", "url", "https://github.com/org/repo"));
    Map<String, Object> warning =
        Serialization.unmarshal(
            receiver.awaitBody(b -> b.contains("UnsupportedProviderType")), Map.class);
    assertThat(warning).containsEntry("severity", "error");
    assertThat((String) warning.get("message"))
        .startsWith("Reconciliation failed terminally due to configuration error: provider type");
    assertThat(forwarded("ReconciliationSucceeded")).isEqualTo(2);
  }
}
