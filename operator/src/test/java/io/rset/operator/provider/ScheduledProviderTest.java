package io.rset.operator.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.rset.kubetesting.MockCluster;
import io.rset.operator.api.Crds;
import io.rset.operator.api.ResourceSetInputProvider;
import io.rset.operator.runtime.ListenAddress;
import io.rset.operator.runtime.OperatorRuntime;
import io.rset.operator.runtime.OperatorSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * spec.schedule on the mock server with the controller's clock fixed at 2025-03-01T10:00:00Z:
 * invalid schedules stall, a closed window skips with status.nextSchedule, forceAt overrides the
 * schedule, an open window or a schedule without window exports.
 */
class ScheduledProviderTest {
  private static final String NS = "apps";
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private static final String TERMINAL =
      "Reconciliation failed terminally due to configuration error: ";

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
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    runtime =
        new OperatorRuntime(
            cluster.newClient(b -> b),
            settings,
            (c, s, metrics) ->
                List.<Reconciler<? extends HasMetadata>>of(
                    new InputProviderReconciler(c, metrics, clock)),
            true);
    runtime.start();
  }

  @AfterEach
  void stop() {
    runtime.close();
    cluster.close();
  }

  private static Map<String, Object> item(String cron, String timeZone, String window) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cron", cron);
    if (timeZone != null) {
      m.put("timeZone", timeZone);
    }
    if (window != null) {
      m.put("window", window);
    }
    return m;
  }

  private void provider(String name, Map<String, String> annotations, List<?> schedule) {
    ResourceSetInputProvider p = new ResourceSetInputProvider();
    p.setMetadata(
        new ObjectMetaBuilder()
            .withNamespace(NS)
            .withName(name)
            .withAnnotations(annotations)
            .build());
    p.setSpec(
        new ResourceSetInputProvider.Spec(
            Map.of(
                "type", "Static", "defaultValues", Map.of("env", "prod"), "schedule", schedule)));
    client.resource(p).create();
  }

  private ResourceSetInputProvider get(String name) {
    return client.resources(ResourceSetInputProvider.class).inNamespace(NS).withName(name).get();
  }

  private ResourceSetInputProvider awaitReady(String name, Predicate<Map<String, Object>> test) {
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              Map<String, Object> c = condition(get(name), "Ready");
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

  @Test
  void anInvalidScheduleStallsWithTheParsersMessage() {
    provider(
        "invalid",
        Map.of(),
        List.of(item("0 9 * * *", "UTC", "1h"), item("0 25 * * *", "Europe/Berlin", "1h")));

    ResourceSetInputProvider p = awaitReady("invalid", c -> "False".equals(c.get("status")));

    String message =
        TERMINAL
            + "failed to validate schedule[1]: failed to parse cron spec '0 25 * * *' with"
            + " timezone 'Europe/Berlin': end of range (25) above maximum (23): 25";
    assertThat(condition(p, "Ready"))
        .containsEntry("reason", "InvalidSchedule")
        .containsEntry("message", message);
    assertThat(condition(p, "Stalled"))
        .containsEntry("status", "True")
        .containsEntry("reason", "InvalidSchedule")
        .containsEntry("message", message);
    assertThat(condition(p, "Reconciling")).isNull();
    assertThat(p.getStatus().exportedInputs()).isNull();
    assertThat(p.getStatus()).doesNotContainKey("nextSchedule");
    await().atMost(WAIT).until(() -> !events("invalid", "InvalidSchedule").isEmpty());
    assertThat(events("invalid", "InvalidSchedule").get(0).getType()).isEqualTo("Warning");
  }

  @Test
  void outsideTheWindowTheFirstRunIsSkippedUntilTheNextActivation() {
    // Berlin noon is 11:00 UTC in March; yesterday's window closed at 12:00 UTC
    provider("closed", Map.of(), List.of(item("0 12 * * *", "Europe/Berlin", "1h")));

    ResourceSetInputProvider p =
        awaitReady("closed", c -> "SkippedDueToSchedule".equals(c.get("reason")));

    String message = "Reconciliation skipped, next scheduled at 2025-03-01T11:00:00Z";
    assertThat(condition(p, "Ready"))
        .containsEntry("status", "True")
        .containsEntry("message", message);
    assertThat(condition(p, "Reconciling")).isNull();
    assertThat(condition(p, "Stalled")).isNull();
    assertThat(p.getStatus().get("nextSchedule"))
        .isEqualTo(
            Map.of(
                "cron", "0 12 * * *",
                "timeZone", "Europe/Berlin",
                "window", "1h0m0s",
                "when", "2025-03-01T11:00:00Z"));
    assertThat(p.getStatus().exportedInputs()).isNull();
    assertThat(p.getStatus().lastExportedRevision()).isNull();
    await().atMost(WAIT).until(() -> !events("closed", "SkippedDueToSchedule").isEmpty());
    Event event = events("closed", "SkippedDueToSchedule").get(0);
    assertThat(event.getType()).isEqualTo("Normal");
    assertThat(event.getMessage()).isEqualTo(message);
  }

  @Test
  void forceAtEqualToRequestedAtRunsOutsideTheWindow() {
    provider(
        "forced",
        Map.of("reconcile.fluxcd.io/requestedAt", "t1", "reconcile.fluxcd.io/forceAt", "t1"),
        List.of(item("0 12 * * *", "Europe/Berlin", "1h")));

    ResourceSetInputProvider p =
        awaitReady("forced", c -> "ReconciliationSucceeded".equals(c.get("reason")));

    assertThat(p.getStatus().exportedInputs()).hasSize(1);
    assertThat(p.getStatus().exportedInputs().get(0)).containsEntry("env", "prod");
    assertThat(p.getStatus()).containsEntry("lastHandledForceAt", "t1");
    assertThat(p.getStatus()).containsEntry("lastHandledReconcileAt", "t1");
    // the window is closed at the next interval (10:10), so the schedule drives the next run
    assertThat(p.getStatus().get("nextSchedule"))
        .isEqualTo(
            Map.of(
                "cron", "0 12 * * *",
                "timeZone", "Europe/Berlin",
                "window", "1h0m0s",
                "when", "2025-03-01T11:00:00Z"));
    assertThat(events("forced", "SkippedDueToSchedule")).isEmpty();
  }

  @Test
  void forceAtDifferentFromRequestedAtDoesNotOverrideTheSchedule() {
    provider(
        "unforced",
        Map.of("reconcile.fluxcd.io/requestedAt", "t2", "reconcile.fluxcd.io/forceAt", "t1"),
        List.of(item("0 12 * * *", "Europe/Berlin", "1h")));

    ResourceSetInputProvider p =
        awaitReady("unforced", c -> "SkippedDueToSchedule".equals(c.get("reason")));

    assertThat(p.getStatus().exportedInputs()).isNull();
    assertThat(p.getStatus()).containsEntry("lastHandledForceAt", "t1");
  }

  @Test
  void insideTheWindowTheProviderExportsAndTheIntervalDrivesTheNextRun() {
    provider("open", Map.of(), List.of(item("0 9 * * *", "UTC", "2h")));

    ResourceSetInputProvider p =
        awaitReady("open", c -> "ReconciliationSucceeded".equals(c.get("reason")));

    assertThat(p.getStatus().exportedInputs()).hasSize(1);
    assertThat(p.getStatus().lastExportedRevision()).startsWith("sha256:");
    // 10:10 + 2m is still inside the window, and the next activation is tomorrow
    assertThat(p.getStatus()).doesNotContainKey("nextSchedule");
    assertThat(condition(p, "Reconciling")).isNull();
  }

  @Test
  void aScheduleWithoutWindowExportsAndRequeuesAtItsNextActivation() {
    provider("cron", Map.of(), List.of(item("*/30 * * * *", null, null)));

    ResourceSetInputProvider p =
        awaitReady("cron", c -> "ReconciliationSucceeded".equals(c.get("reason")));

    assertThat(p.getStatus().exportedInputs()).hasSize(1);
    assertThat(p.getStatus().get("nextSchedule"))
        .isEqualTo(Map.of("cron", "*/30 * * * *", "window", "0s", "when", "2025-03-01T10:30:00Z"));
  }

  @Test
  void aSkipAfterASuccessfulRunLeavesTheConditionsAsTheyAre() {
    provider("later", Map.of(), List.of(item("0 9 * * *", "UTC", "2h")));
    ResourceSetInputProvider first =
        awaitReady("later", c -> "ReconciliationSucceeded".equals(c.get("reason")));
    Map<String, Object> ready = condition(first, "Ready");

    client
        .resources(ResourceSetInputProvider.class)
        .inNamespace(NS)
        .withName("later")
        .edit(
            p -> {
              p.getSpec().put("schedule", List.of(item("0 12 * * *", "UTC", "1h")));
              return p;
            });

    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> get("later").getStatus().get("nextSchedule") != null);
    ResourceSetInputProvider p = get("later");
    assertThat(condition(p, "Ready")).isEqualTo(ready);
    assertThat(p.getStatus().exportedInputs()).isEqualTo(first.getStatus().exportedInputs());
    assertThat(p.getStatus().get("nextSchedule"))
        .isEqualTo(
            Map.of(
                "cron", "0 12 * * *",
                "timeZone", "UTC",
                "window", "1h0m0s",
                "when", "2025-03-01T12:00:00Z"));
    await().atMost(WAIT).until(() -> !events("later", "SkippedDueToSchedule").isEmpty());
  }
}
