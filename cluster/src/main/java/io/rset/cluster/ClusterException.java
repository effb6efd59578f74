package io.rset.cluster;

/**
 * A cluster command failed for a reason the user can act on; the message is printed after {@code ✗}
 * without a stack trace.
 */
public final class ClusterException extends RuntimeException {
  public ClusterException(String message) {
    super(message);
  }

  public ClusterException(String message, Throwable cause) {
    super(message, cause);
  }
}
