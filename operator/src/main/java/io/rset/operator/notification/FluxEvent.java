package io.rset.operator.notification;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.rset.gotemplate.sprig.JsonMarshal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An event in the wire format of Flux's event API ({@code fluxcd/pkg/apis/event/v1beta1.Event}), as
 * controllers POST it to notification-controller.
 *
 * @param involvedObject the object the event is about
 * @param severity {@value #INFO} or {@value #ERROR}
 * @param timestamp when the event was recorded (encoded in whole seconds, UTC)
 * @param message the human-readable text (already redacted)
 * @param reason the machine-readable reason
 * @param metadata extra key/values, e.g. {@code fluxcd.controlplane.io/revision}; omitted when
 *     empty
 * @param reportingController the controller name, {@code flux-operator}
 * @param reportingInstance the controller instance (the host name); omitted when empty
 */
public record FluxEvent(
    InvolvedObject involvedObject,
    String severity,
    Instant timestamp,
    String message,
    String reason,
    Map<String, String> metadata,
    String reportingController,
    String reportingInstance) {

  /** Severity of Normal events. */
  public static final String INFO = "info";

  /** Severity of Warning events. */
  public static final String ERROR = "error";

  /** The controller name the Flux Operator reports (spec §4.12). */
  public static final String REPORTING_CONTROLLER = "flux-operator";

  private static final DateTimeFormatter RFC3339 =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  /**
   * A {@code corev1.ObjectReference} as Flux's recorder fills it; empty fields are omitted.
   *
   * @param kind the kind
   * @param namespace the namespace
   * @param name the name
   * @param uid the UID
   * @param apiVersion group/version
   * @param resourceVersion the resource version the event refers to
   */
  public record InvolvedObject(
      String kind,
      String namespace,
      String name,
      String uid,
      String apiVersion,
      String resourceVersion) {}

  public FluxEvent {
    Objects.requireNonNull(involvedObject);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(timestamp);
    message = message == null ? "" : message;
    reason = reason == null ? "" : reason;
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    reportingController = reportingController == null ? "" : reportingController;
    reportingInstance = reportingInstance == null ? "" : reportingInstance;
  }

  /** Object annotations with this prefix go into the event's metadata, as Flux's recorder does. */
  public static final String EVENT_ANNOTATION_PREFIX = "event.toolkit.fluxcd.io/";

  /**
   * The event Flux's recorder builds for a Kubernetes event on {@code object}: the object's
   * reference, the severity of {@code eventType}, and as metadata the event's {@code annotations}
   * plus the object's annotations prefixed {@value #EVENT_ANNOTATION_PREFIX}; reporting controller
   * {@code flux-operator} on this host.
   */
  public static FluxEvent about(
      HasMetadata object,
      String apiVersion,
      String kind,
      String eventType,
      String reason,
      String message,
      Map<String, String> annotations,
      Instant timestamp) {
    ObjectMeta meta = object.getMetadata();
    Map<String, String> metadata = new TreeMap<>(annotations);
    if (meta.getAnnotations() != null) {
      meta.getAnnotations()
          .forEach(
              (k, v) -> {
                if (k.startsWith(EVENT_ANNOTATION_PREFIX)) {
                  metadata.put(k, v);
                }
              });
    }
    return new FluxEvent(
        new InvolvedObject(
            kind,
            meta.getNamespace(),
            meta.getName(),
            meta.getUid(),
            apiVersion,
            meta.getResourceVersion()),
        severityOf(eventType),
        timestamp,
        message,
        reason,
        metadata,
        REPORTING_CONTROLLER,
        Notifications.hostname());
  }

  /** Flux's mapping of a Kubernetes event type: {@code Warning} → error, anything else → info. */
  public static String severityOf(String eventType) {
    return "Warning".equals(eventType) ? ERROR : INFO;
  }

  /**
   * The JSON body exactly as Go's {@code json.Marshal} writes the Flux struct: fields in struct
   * order, {@code omitempty} fields left out when empty, metadata keys sorted, Go's string escaping
   * ({@code <}, {@code >}, {@code &} as {@code \u003c}, …).
   */
  public String toJson() {
    StringBuilder b = new StringBuilder(256 + message.length());
    b.append("{\"involvedObject\":{");
    int mark = b.length();
    optional(b, "kind", involvedObject.kind());
    optional(b, "namespace", involvedObject.namespace());
    optional(b, "name", involvedObject.name());
    optional(b, "uid", involvedObject.uid());
    optional(b, "apiVersion", involvedObject.apiVersion());
    optional(b, "resourceVersion", involvedObject.resourceVersion());
    if (b.length() > mark) {
      b.setLength(b.length() - 1); // the last comma
    }
    b.append("},\"severity\":").append(string(severity));
    b.append(",\"timestamp\":").append(string(RFC3339.format(timestamp)));
    b.append(",\"message\":").append(string(message));
    b.append(",\"reason\":").append(string(reason));
    if (!metadata.isEmpty()) {
      b.append(",\"metadata\":").append(JsonMarshal.marshal(new TreeMap<>(metadata)));
    }
    b.append(",\"reportingController\":").append(string(reportingController));
    if (!reportingInstance.isEmpty()) {
      b.append(",\"reportingInstance\":").append(string(reportingInstance));
    }
    return b.append('}').toString();
  }

  private static void optional(StringBuilder b, String key, String value) {
    if (value != null && !value.isEmpty()) {
      b.append('"').append(key).append("\":").append(string(value)).append(',');
    }
  }

  private static String string(String s) {
    return JsonMarshal.marshal(s);
  }
}
