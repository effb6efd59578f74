package io.rset.operator.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.rset.kubetesting.MockCluster;
import io.rset.operator.api.Crds;
import io.rset.operator.api.ResourceSet;
import io.rset.operator.resourceset.ReconcilerSettings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * With logging at {@code trace}, the operator copies a Secret into a generated Secret ({@code
 * copyFrom}) and watches the source: the Secret's value, plain or base64, appears in no log line of
 * the operator (the in-process mock API server's own lines are left out).
 */
class SecretLoggingTest {
  private static final String PLANTED = "planted-secret-value-7f3a9c";

  @Test
  void secretValuesNeverReachTheLogsEvenAtTrace() throws Exception {
    ByteArrayOutputStream logs = new ByteArrayOutputStream();
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    OperatorLogging.configure(Level.TRACE, logs);
    try (MockCluster cluster = MockCluster.start()) {
      cluster.createCrds(Crds.ALL.toArray(String[]::new));
      Secret source =
          new SecretBuilder()
              .withNewMetadata()
              .withNamespace("apps")
              .withName("source")
              .withLabels(Map.of("reconcile.fluxcd.io/watch", "Enabled"))
              .endMetadata()
              .withData(
                  Map.of(
                      "password",
                      Base64.getEncoder().encodeToString(PLANTED.getBytes(StandardCharsets.UTF_8))))
              .build();
      cluster.client().resource(source).create();
      OperatorSettings settings =
          new OperatorSettings(
              Set.of(),
              2,
              Duration.ofSeconds(1),
              null,
              null,
              ListenAddress.DISABLED,
              ListenAddress.DISABLED);
      try (OperatorRuntime runtime =
          new OperatorRuntime(
              cluster.newClient(b -> b),
              settings,
              new StandardControllers(
                  ReconcilerSettings.defaults()
                      .withPolling(Duration.ofMillis(50), Duration.ofSeconds(2))),
              true)) {
        runtime.start();
        ResourceSet rs = new ResourceSet();
        rs.setMetadata(new ObjectMetaBuilder().withNamespace("apps").withName("copy").build());
        rs.setSpec(
            new ResourceSet.Spec(
                Map.of(
                    "resources",
                    List.of(
                        Map.of(
                            "apiVersion",
                            "v1",
                            "kind",
                            "Secret",
                            "metadata",
                            Map.of(
                                "name",
                                "copied",
                                "namespace",
                                "apps",
                                "annotations",
                                Map.of("fluxcd.controlplane.io/copyFrom", "apps/source")))))));
        cluster.client().resource(rs).create();

        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> {
                  Secret copied =
                      cluster.client().secrets().inNamespace("apps").withName("copied").get();
                  return copied != null
                      && copied.getData() != null
                      && copied.getData().containsKey("password");
                });
      }
    } finally {
      context.reset();
      new ContextInitializer(context).autoConfig();
    }
    // the mock API server runs in this JVM and logs what it stores: its lines are not the
    // operator's
    String text =
        logs.toString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.contains("\"logger\":\"io.fabric8.kubernetes.client.server.mock."))
            .filter(l -> !l.contains("\"logger\":\"io.fabric8.mockwebserver."))
            .collect(java.util.stream.Collectors.joining("\n"));
    String base64 = Base64.getEncoder().encodeToString(PLANTED.getBytes(StandardCharsets.UTF_8));
    assertThat(text).contains("\"level\":\"trace\"").contains("\"kind\":\"ResourceSet\"");
    assertThat(text).doesNotContain(PLANTED).doesNotContain(base64);
  }
}
