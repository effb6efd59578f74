package io.rset.operator.resourceset;

import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * A failed API request, worded as the API server (or client-go) words it: the status message for
 * API errors, the transport error otherwise.
 */
final class ApiException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String reason;

  ApiException(int code, String reason, String message) {
    super(message);
    this.code = code;
    this.reason = reason == null ? "" : reason;
  }

  /** Translates a fabric8 exception. */
  static ApiException of(KubernetesClientException e) {
    if (e.getStatus() != null && e.getStatus().getMessage() != null && e.getCode() > 0) {
      return new ApiException(e.getCode(), e.getStatus().getReason(), e.getStatus().getMessage());
    }
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String msg = cause.getMessage();
    if (cause instanceof java.net.http.HttpTimeoutException
        || cause instanceof java.util.concurrent.TimeoutException
        || cause instanceof java.io.InterruptedIOException) {
      msg = "context deadline exceeded (Client.Timeout exceeded while awaiting headers)";
    }
    if (msg == null || msg.isEmpty()) {
      msg = e.getMessage();
    }
    return new ApiException(e.getCode(), "", msg);
  }

  /** A NotFound error with the API server's text, e.g. {@code configmaps "x" not found}. */
  static ApiException notFound(String plural, String group, String name) {
    String resource = group.isEmpty() ? plural : plural + "." + group;
    return new ApiException(404, "NotFound", resource + " \"" + name + "\" not found");
  }

  int code() {
    return code;
  }

  String reason() {
    return reason;
  }

  boolean isNotFound() {
    return code == 404;
  }

  boolean isConflict() {
    return code == 409;
  }

  /**
   * True for the errors Flux treats as an immutable-field change (an Invalid error whose message
   * says so).
   */
  boolean isImmutable() {
    String m = getMessage() == null ? "" : getMessage();
    return (code == 422 || "Invalid".equals(reason))
        && (m.contains("field is immutable")
            || m.contains("cannot change")
            || m.contains("immutable field")
            || m.contains("updates to") && m.contains("are forbidden"));
  }
}
