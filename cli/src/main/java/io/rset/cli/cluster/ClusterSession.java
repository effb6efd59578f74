package io.rset.cli.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.rset.cluster.ClusterException;
import io.rset.cluster.KubeConnection;
import io.rset.cluster.access.ClusterObjects;
import io.rset.cluster.wait.Deadline;
import io.rset.cluster.wait.Ticker;
import io.rset.core.time.GoDuration;
import java.time.Duration;

/**
 * One cluster command's connection: the client built from the §6.1 flags, the namespace it works in
 * and the deadline of {@code --timeout}, which bounds the whole command from its start.
 */
final class ClusterSession implements AutoCloseable {
  private final KubernetesClient client;
  private final String namespace;
  private final Deadline deadline;

  private ClusterSession(KubernetesClient client, String namespace, Deadline deadline) {
    this.client = client;
    this.namespace = namespace;
    this.deadline = deadline;
  }

  /** Opens a session from the flags; the deadline starts now. */
  static ClusterSession open(KubeFlags flags) {
    Duration timeout = duration("--timeout", flags.timeout);
    Deadline deadline = Deadline.after(Ticker.system(), timeout);
    KubeConnection connection = flags.connection();
    String namespace = flags.namespace(connection);
    return new ClusterSession(connection.client(timeout), namespace, deadline);
  }

  /**
   * A duration flag's value; pflag's message for a bad one ({@code invalid argument "x" for
   * "--timeout" flag: time: invalid duration "x"}).
   */
  static Duration duration(String flag, String text) {
    try {
      return GoDuration.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ClusterException(
          "invalid argument \"" + text + "\" for \"" + flag + "\" flag: " + e.getMessage());
    }
  }

  ClusterObjects objects() {
    return new ClusterObjects(client);
  }

  /** The {@code -n} namespace, else the kubeconfig context's, else {@code default}. */
  String namespace() {
    return namespace;
  }

  Deadline deadline() {
    return deadline;
  }

  @Override
  public void close() {
    client.close();
  }
}
