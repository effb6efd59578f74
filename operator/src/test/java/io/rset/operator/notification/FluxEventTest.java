package io.rset.operator.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON body of a forwarded event, byte for byte as Go's json.Marshal of Flux's Event. */
class FluxEventTest {
  static final FluxEvent.InvolvedObject RS =
      new FluxEvent.InvolvedObject(
          "ResourceSet", "apps", "podinfo", "7d0cdc51-ddcf", "fluxcd.controlplane.io/v1", "42");

  @Test
  void fieldsInGoStructOrderWithOmitEmpty() {
    FluxEvent e =
        new FluxEvent(
            RS,
            FluxEvent.INFO,
            Instant.parse("2026-03-01T10:29:32.556Z"),
            "ConfigMap/apps/a created\nConfigMap/apps/b configured",
            "ApplySucceeded",
            Map.of(),
            "flux-operator",
            "rset-operator-5d9f");
    assertThat(e.toJson())
        .isEqualTo(
            "{\"involvedObject\":{\"kind\":\"ResourceSet\",\"namespace\":\"apps\",\"name\":\"podinfo\","
                + "\"uid\":\"7d0cdc51-ddcf\",\"apiVersion\":\"fluxcd.controlplane.io/v1\","
                + "\"resourceVersion\":\"42\"},"
                + "\"severity\":\"info\",\"timestamp\":\"2026-03-01T10:29:32Z\","
                + "\"message\":\"ConfigMap/apps/a created\\nConfigMap/apps/b configured\","
                + "\"reason\":\"ApplySucceeded\",\"reportingController\":\"flux-operator\","
                + "\"reportingInstance\":\"rset-operator-5d9f\"}");
  }

  @Test
  void metadataKeysSortedEmptyReferenceFieldsAndInstanceOmitted() {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("fluxcd.controlplane.io/token", "t");
    metadata.put("fluxcd.controlplane.io/revision", "sha256:ab");
    FluxEvent e =
        new FluxEvent(
            new FluxEvent.InvolvedObject("ResourceSetInputProvider", "apps", "p", "", null, ""),
            FluxEvent.ERROR,
            Instant.parse("2026-03-01T10:29:00Z"),
            "failed",
            "ReconciliationFailed",
            metadata,
            "flux-operator",
            "");
    assertThat(e.toJson())
        .isEqualTo(
            "{\"involvedObject\":{\"kind\":\"ResourceSetInputProvider\",\"namespace\":\"apps\","
                + "\"name\":\"p\"},\"severity\":\"error\",\"timestamp\":\"2026-03-01T10:29:00Z\","
                + "\"message\":\"failed\",\"reason\":\"ReconciliationFailed\","
                + "\"metadata\":{\"fluxcd.controlplane.io/revision\":\"sha256:ab\","
                + "\"fluxcd.controlplane.io/token\":\"t\"},"
                + "\"reportingController\":\"flux-operator\"}");
  }

  @Test
  void goStringEscaping() {
    FluxEvent e =
        new FluxEvent(
            RS,
            FluxEvent.ERROR,
            Instant.parse("2026-03-01T00:00:00Z"),
            "a<b>&\"c\"\\\t\u0001\u2028é",
            "BuildFailed",
            null,
            "flux-operator",
            null);
    assertThat(e.toJson())
        .contains(
            "\"message\":\"a\\u003cb\\u003e\\u0026\\\"c\\\"\\\\\\t\\u0001\\u2028é\"",
            "\"timestamp\":\"2026-03-01T00:00:00Z\"")
        .doesNotContain("reportingInstance", "metadata");
  }

  @Test
  void severityFollowsTheEventType() {
    assertThat(FluxEvent.severityOf("Warning")).isEqualTo("error");
    assertThat(FluxEvent.severityOf("Normal")).isEqualTo("info");
  }
}
