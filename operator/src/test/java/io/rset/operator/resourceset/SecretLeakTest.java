package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.rset.kubetesting.FaultRule;
import io.rset.operator.api.ResourceSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A planted Secret value travels through copyFrom, checksumFrom, a same-namespace dependency whose
 * readyExpr fails on it, a cross-namespace dependency, and failed applies of the Secret that holds
 * it; it must never appear in any log line (all levels of io.rset, INFO and up elsewhere), event,
 * ResourceSet status or error message.
 */
class SecretLeakTest {
  static final String PLANTED = "pl4nted-S3CRET-value";
  static final String PLANTED_B64 =
      Base64.getEncoder().encodeToString(PLANTED.getBytes(StandardCharsets.UTF_8));

  @Test
  void aPlantedSecretValueNeverLeaks() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger rset = (Logger) LoggerFactory.getLogger("io.rset");
    Level rootLevel = root.getLevel();
    Level rsetLevel = rset.getLevel();
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    root.setLevel(Level.INFO);
    rset.setLevel(Level.TRACE);
    try (OperatorHarness h = OperatorHarness.start()) {
      for (String ns : List.of("vault", "apps")) {
        h.client
            .resource(
                new SecretBuilder()
                    .withNewMetadata()
                    .withName("source")
                    .withNamespace(ns)
                    .endMetadata()
                    .addToData("token", PLANTED_B64)
                    .build())
            .create();
      }
      h.cluster
          .faults()
          .add(
              FaultRule.on("PATCH", "/api/v1/namespaces/apps/secrets/copy")
                  .when(c -> !c.isDryRun())
                  .first(2)
                  .serverError());
      h.create(
          """
          apiVersion: fluxcd.controlplane.io/v1
          kind: ResourceSet
          metadata:
            name: copier
            namespace: apps
          spec:
            dependsOn:
              - apiVersion: v1
                kind: Secret
                name: source
                namespace: vault
                ready: true
                readyExpr: "!has(metadata.labels)"
            resources:
              - apiVersion: v1
                kind: Secret
                metadata:
                  name: copy
                  namespace: apps
                  annotations:
                    fluxcd.controlplane.io/copyFrom: vault/source
              - apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: user
                  namespace: apps
                  annotations:
                    fluxcd.controlplane.io/checksumFrom: Secret/vault/source
          """);
      h.awaitReadyTrue("apps", "copier");
      assertThat(h.client.secrets().inNamespace("apps").withName("copy").get().getData())
          .containsEntry("token", PLANTED_B64);

      h.create(
          """
          apiVersion: fluxcd.controlplane.io/v1
          kind: ResourceSet
          metadata:
            name: evaluator
            namespace: apps
          spec:
            dependsOn:
              - apiVersion: v1
                kind: Secret
                name: source
                namespace: apps
                ready: true
                readyExpr: int(data.token) > 0 || duration(data.token) > duration('1s') || timestamp(string(base64.decode(data.token))) > timestamp('2020-01-01T00:00:00Z')
            resources:
              - apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: never
                  namespace: apps
          """);
      ResourceSet evaluator = h.awaitReason("apps", "evaluator", "False", "DependencyNotReady");
      // cel-java quotes the unparsable input ("For input string: ..."): it must come out redacted
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(50))
          .until(
              () ->
                  h.condition("apps", "evaluator", "Ready")
                      .get("message")
                      .toString()
                      .contains("[redacted]"));
      assertThat(evaluator.getStatus().condition("Ready").get("message").toString())
          .startsWith("Retrying dependency check: failed to evaluate the CEL expression");
      await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);

      StringBuilder everything = new StringBuilder();
      for (ILoggingEvent e : logs.list) {
        everything.append(e.getFormattedMessage()).append('\n');
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
          everything.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
        }
      }
      h.client
          .v1()
          .events()
          .inAnyNamespace()
          .list()
          .getItems()
          .forEach(
              ev ->
                  everything
                      .append(ev.getReason())
                      .append(' ')
                      .append(ev.getMessage())
                      .append('\n'));
      for (ResourceSet rs :
          h.client.resources(ResourceSet.class).inAnyNamespace().list().getItems()) {
        everything.append(Serialization.asJson(rs.getStatus())).append('\n');
      }
      String all = everything.toString();
      assertThat(logs.list).isNotEmpty();
      assertThat(all).contains("Secret/apps/copy apply failed");
      assertThat(all).doesNotContain(PLANTED).doesNotContain(PLANTED_B64);
    } finally {
      root.detachAppender(logs);
      root.setLevel(rootLevel);
      rset.setLevel(rsetLevel);
    }
  }
}
