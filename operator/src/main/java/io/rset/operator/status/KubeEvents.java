package io.rset.operator.status;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** core/v1 Events as the Flux Operator records them on its own objects (spec §4.12, §5.1). */
public final class KubeEvents {
  /** The reporting component and source of every event. */
  public static final String COMPONENT = "flux-operator";

  private KubeEvents() {}

  /**
   * An event about {@code object} (API version {@code apiVersion}, kind {@code kind}) at {@code
   * instant}, named {@code <object>.<16 random hex digits>}, its message truncated as conditions
   * are.
   *
   * @param annotations the event's annotations; empty for none
   */
  public static Event about(
      HasMetadata object,
      String apiVersion,
      String kind,
      String type,
      String reason,
      String message,
      Map<String, String> annotations,
      Instant instant) {
    String now = instant.truncatedTo(ChronoUnit.SECONDS).toString();
    String suffix =
        HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 16);
    return new EventBuilder()
        .withNewMetadata()
        .withName(object.getMetadata().getName() + "." + suffix)
        .withNamespace(object.getMetadata().getNamespace())
        .withAnnotations(annotations.isEmpty() ? null : Map.copyOf(annotations))
        .endMetadata()
        .withNewInvolvedObject()
        .withApiVersion(apiVersion)
        .withKind(kind)
        .withName(object.getMetadata().getName())
        .withNamespace(object.getMetadata().getNamespace())
        .withUid(object.getMetadata().getUid())
        .withResourceVersion(object.getMetadata().getResourceVersion())
        .endInvolvedObject()
        .withType(type)
        .withReason(reason)
        .withMessage(Conditions.truncate(message))
        .withNewSource()
        .withComponent(COMPONENT)
        .endSource()
        .withReportingComponent(COMPONENT)
        .withFirstTimestamp(now)
        .withLastTimestamp(now)
        .withCount(1)
        .build();
  }
}
