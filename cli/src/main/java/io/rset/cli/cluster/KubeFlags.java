package io.rset.cli.cluster;

import io.rset.cluster.KubeConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The Flux Operator CLI's global cluster flags (§6.1), shared by every cluster command. */
public final class KubeFlags {
  @Option(
      names = {"-n", "--namespace"},
      description = "Namespace (default: the kubeconfig context's, else default).")
  String namespace;

  @Option(
      names = "--timeout",
      defaultValue = "1m",
      description = "Bound on the whole command, waits included (e.g. 30s, 1m, 2m30s).")
  String timeout;

  @Option(names = "--kubeconfig", description = "Path to the kubeconfig file.")
  String kubeconfig;

  @Option(
      names = {"--kube-context", "--context"},
      description = "The kubeconfig context to use.")
  String context;

  @Option(names = "--kube-as", description = "Username to impersonate.")
  String as;

  @Option(names = "--kube-as-group", description = "Group to impersonate (repeatable).")
  List<String> asGroups = new ArrayList<>();

  @Option(names = "--kube-as-uid", description = "UID to impersonate.")
  String asUid;

  @Option(names = "--kube-token", description = "Bearer token for the API server.")
  String token;

  @Option(names = "--kube-server", description = "The API server's address.")
  String server;

  @Option(names = "--kube-tls-server-name", description = "Server name for certificate checks.")
  String tlsServerName;

  @Option(names = "--kube-client-certificate", description = "Client certificate file.")
  String clientCertificate;

  @Option(names = "--kube-client-key", description = "Client key file.")
  String clientKey;

  @Option(names = "--kube-certificate-authority", description = "Certificate authority file.")
  String certificateAuthority;

  @Option(
      names = "--kube-insecure-skip-tls-verify",
      description = "Do not check the server's certificate.")
  boolean insecureSkipTlsVerify;

  /** The connection these flags describe. */
  public KubeConnection connection() {
    return new KubeConnection(
        kubeconfig,
        context,
        as,
        asGroups,
        asUid,
        token,
        server,
        tlsServerName,
        clientCertificate,
        clientKey,
        certificateAuthority,
        insecureSkipTlsVerify);
  }

  /** The namespace given with {@code -n}, or the connection's default. */
  public String namespace(KubeConnection connection) {
    return namespace != null ? namespace : connection.defaultNamespace();
  }

  /**
   * The {@code --timeout} value as a duration (Go duration syntax: h, m, s, ms).
   *
   * @throws io.rset.cluster.ClusterException naming the flag when it is not a Go duration
   */
  public Duration timeout() {
    return ClusterSession.duration("--timeout", timeout);
  }
}
