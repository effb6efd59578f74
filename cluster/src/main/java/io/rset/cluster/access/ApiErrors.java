package io.rset.cluster.access;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.URL;

/** Turns fabric8 client failures into the short texts the Go Kubernetes client prints. */
public final class ApiErrors {
  private ApiErrors() {}

  /**
   * The Go-style text of e for an operation on resource ({@code plural.group}) named name (null for
   * lists).
   */
  public static String describe(
      KubernetesClientException e, String resource, String name, URL server) {
    int code = e.getCode();
    if (code == 404 && name != null) {
      return resource + " \"" + name + "\" not found";
    }
    Status status = e.getStatus();
    if (code > 0
        && status != null
        && status.getMessage() != null
        && !status.getMessage().isBlank()) {
      return status.getMessage();
    }
    if (code <= 0) {
      return "unable to reach the Kubernetes API server at " + server + ": " + networkCause(e);
    }
    return "the server answered " + code + ": " + rootMessage(e);
  }

  /** The network failure behind e in a few words, as the Go client names them. */
  private static String networkCause(Throwable e) {
    boolean refused = false;
    for (Throwable cur = e; cur != null && cur.getCause() != cur; cur = cur.getCause()) {
      if (cur instanceof java.net.UnknownHostException
          || cur instanceof java.nio.channels.UnresolvedAddressException) {
        return "no such host";
      }
      if (cur instanceof java.net.http.HttpTimeoutException
          || cur instanceof java.net.SocketTimeoutException
          || cur instanceof java.util.concurrent.TimeoutException) {
        return "timeout";
      }
      refused |= cur instanceof java.net.ConnectException;
    }
    return refused ? "connection refused" : rootMessage(e);
  }

  private static String rootMessage(Throwable e) {
    Throwable cur = e;
    while (cur.getCause() != null && cur.getCause() != cur) {
      cur = cur.getCause();
    }
    String m = cur.getMessage();
    return m == null || m.isBlank() ? cur.getClass().getSimpleName() : m;
  }
}
