package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.rset.operator.api.ResourceSet;
import io.rset.operator.notification.EventForwarder;
import io.rset.operator.notification.FluxEvent;
import io.rset.operator.notification.NotificationForwarder;
import io.rset.operator.notification.NotificationReceiver;
import io.rset.operator.notification.Notifications;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Events forwarded to Flux's notification-controller (spec §4.12): which ones, and the payload; end
 * to end with a JDK HTTP server standing in for notification-controller.
 */
class EventForwardingTest {
  @Test
  void warningsAndApplySucceededAreForwardedTheRestStaysInKubernetes() {
    assertThat(EventRecorder.forwarded("Normal", "ApplySucceeded")).isTrue();
    for (String warning :
        List.of(
            "ReconciliationDisabled",
            "InvalidCELExpression",
            "BuildFailed",
            "ReconciliationFailed")) {
      assertThat(EventRecorder.forwarded("Warning", warning)).as(warning).isTrue();
    }
    for (String normal :
        List.of("ReconciliationSucceeded", "HealthCheckCanceled", "DependencyNotReady")) {
      assertThat(EventRecorder.forwarded("Normal", normal)).as(normal).isFalse();
    }
  }

  @Test
  void payloadNamesTheResourceSetAndCarriesEventAnnotations() {
    ResourceSet rs = new ResourceSet();
    rs.getMetadata().setName("apps");
    rs.getMetadata().setNamespace("tenants");
    rs.getMetadata().setUid("uid-1");
    rs.getMetadata().setResourceVersion("7");
    rs.getMetadata()
        .setAnnotations(
            Map.of(
                "event.toolkit.fluxcd.io/team", "platform",
                "fluxcd.controlplane.io/reconcileEvery", "5m"));
    FluxEvent e =
        EventRecorder.fluxEvent(
            rs,
            "Warning",
            "BuildFailed",
            "build failed: x",
            Instant.parse("2026-03-01T10:00:00.9Z"));
    assertThat(e)
        .isEqualTo(
            new FluxEvent(
                new FluxEvent.InvolvedObject(
                    "ResourceSet", "tenants", "apps", "uid-1", "fluxcd.controlplane.io/v1", "7"),
                "error",
                Instant.parse("2026-03-01T10:00:00.9Z"),
                "build failed: x",
                "BuildFailed",
                Map.of("event.toolkit.fluxcd.io/team", "platform"),
                "flux-operator",
                Notifications.hostname()));
  }

  static final String APPS =
      """
      apiVersion: fluxcd.controlplane.io/v1
      kind: ResourceSet
      metadata:
        name: apps
        namespace: apps
      spec:
        inputs:
          - tenant: alpha
        resources:
          - apiVersion: v1
            kind: ConfigMap
            metadata:
              name: << inputs.tenant >>
              namespace: apps
            data:
              tenant: << inputs.tenant | quote >>
      """;

  @Test
  void aReconcileForwardsApplySucceededAndWarningsButNotReconciliationSucceeded() {
    try (NotificationReceiver receiver = NotificationReceiver.start()) {
      EventForwarder forwarder =
          Notifications.fromEnvironment(
              Map.of(Notifications.ADDRESS_ENV, receiver.address().toString()), null);
      try (OperatorHarness h = OperatorHarness.startForwarding(forwarder)) {
        h.create(APPS);
        ResourceSet rs = h.awaitReadyTrue("apps", "apps");

        Map<String, Object> applied =
            json(receiver.awaitBody(b -> b.contains("\"reason\":\"ApplySucceeded\"")));
        List<String> keys = new ArrayList<>(applied.keySet());
        List<String> expectedKeys =
            new ArrayList<>(
                List.of(
                    "involvedObject",
                    "severity",
                    "timestamp",
                    "message",
                    "reason",
                    "reportingController"));
        if (!Notifications.hostname().isEmpty()) {
          expectedKeys.add("reportingInstance");
          assertThat(applied).containsEntry("reportingInstance", Notifications.hostname());
        }
        assertThat(keys).containsExactlyElementsOf(expectedKeys);
        @SuppressWarnings("unchecked")
        Map<String, Object> involved = (Map<String, Object>) applied.get("involvedObject");
        assertThat(new ArrayList<>(involved.keySet()))
            .containsExactly("kind", "namespace", "name", "uid", "apiVersion", "resourceVersion");
        assertThat(involved)
            .containsEntry("kind", "ResourceSet")
            .containsEntry("namespace", "apps")
            .containsEntry("name", "apps")
            .containsEntry("uid", rs.getMetadata().getUid())
            .containsEntry("apiVersion", "fluxcd.controlplane.io/v1");
        assertThat((String) involved.get("resourceVersion")).isNotEmpty();
        assertThat(applied)
            .containsEntry("severity", "info")
            .containsEntry("message", "ConfigMap/apps/alpha created")
            .containsEntry("reportingController", "flux-operator");
        assertThat((String) applied.get("timestamp"))
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        // a Warning: the template now fails
        h.update(APPS.replace("<< inputs.tenant >>", "<< inputs.missing >>"));
        ResourceSet failed = h.awaitReason("apps", "apps", "False", "BuildFailed");
        Map<String, Object> warning =
            json(receiver.awaitBody(b -> b.contains("\"reason\":\"BuildFailed\"")));
        assertThat(warning)
            .containsEntry("severity", "error")
            .containsEntry("message", failed.getStatus().condition("Ready").get("message"))
            .containsEntry("reportingController", "flux-operator");

        // delivery is in order: everything recorded before BuildFailed has been delivered
        assertThat(h.eventLines("apps", "apps"))
            .anyMatch(l -> l.startsWith("Normal ReconciliationSucceeded Reconciliation finished"))
            .contains("Normal ApplySucceeded ConfigMap/apps/alpha created");
        assertThat(receiver.bodies())
            .noneMatch(b -> b.contains("ReconciliationSucceeded"))
            .allMatch(
                b -> b.contains("\"reason\":\"ApplySucceeded\"") || b.contains("BuildFailed"));
        assertThat(receiver.received())
            .allSatisfy(
                r -> {
                  assertThat(r.method()).isEqualTo("POST");
                  assertThat(r.contentType()).isEqualTo("application/json");
                });
      } finally {
        ((NotificationForwarder) forwarder).close();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String body) {
    return Serialization.unmarshal(body, Map.class);
  }
}
