package io.rset.operator.runtime;

import java.net.InetSocketAddress;

/**
 * A listen address in Go's {@code host:port} form as controller-runtime takes it: {@code :8080}
 * (every interface), {@code 127.0.0.1:8080}, {@code [::1]:8080}, or {@code 0} to disable the
 * server.
 *
 * @param host the host, empty for every interface; null when disabled
 * @param port 0..65535; 0 with an empty host picks a free port (tests)
 */
public record ListenAddress(String host, int port) {
  /** The address {@code 0}: no server. */
  public static final ListenAddress DISABLED = new ListenAddress(null, 0);

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException {@code invalid address "<text>": <reason>}
   */
  public static ListenAddress parse(String text) {
    if (text == null) {
      throw invalid(null, "missing address");
    }
    if (text.equals("0")) {
      return DISABLED;
    }
    int colon = text.lastIndexOf(':');
    if (colon < 0) {
      throw invalid(text, "missing port in address");
    }
    String host = text.substring(0, colon);
    String port = text.substring(colon + 1);
    if (host.startsWith("[")) {
      if (!host.endsWith("]") || host.length() < 3) {
        throw invalid(text, "missing ']' in address");
      }
      host = host.substring(1, host.length() - 1);
    } else if (host.indexOf(':') >= 0) {
      throw invalid(text, "too many colons in address");
    }
    if (host.indexOf('[') >= 0 || host.indexOf(']') >= 0 || host.indexOf('/') >= 0) {
      throw invalid(text, "invalid host \"" + host + "\"");
    }
    return new ListenAddress(host, parsePort(text, port));
  }

  private static int parsePort(String text, String port) {
    if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw invalid(text, "invalid port \"" + port + "\"");
    }
    int p = Integer.parseInt(port);
    if (p > 65535) {
      throw invalid(text, "port " + p + " out of range");
    }
    return p;
  }

  private static IllegalArgumentException invalid(String text, String reason) {
    return new IllegalArgumentException("invalid address \"" + text + "\": " + reason);
  }

  /** Whether this is {@code 0}: no server. */
  public boolean disabled() {
    return host == null;
  }

  /** The socket address to bind. */
  public InetSocketAddress socketAddress() {
    if (disabled()) {
      throw new IllegalStateException("disabled address has no socket address");
    }
    return host.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
  }

  @Override
  public String toString() {
    if (disabled()) {
      return "0";
    }
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }
}
