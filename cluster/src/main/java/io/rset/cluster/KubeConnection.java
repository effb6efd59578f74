package io.rset.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How to reach a cluster: the kubeconfig flags of the Flux Operator CLI (§6.1). Every field is
 * optional; an absent one falls back to the kubeconfig (or in-cluster config), as kubectl does.
 */
public record KubeConnection(
    String kubeconfig,
    String context,
    String as,
    List<String> asGroups,
    String asUid,
    String token,
    String server,
    String tlsServerName,
    String clientCertificate,
    String clientKey,
    String certificateAuthority,
    boolean insecureSkipTlsVerify) {

  public KubeConnection {
    asGroups = asGroups == null ? List.of() : List.copyOf(asGroups);
  }

  /** A connection that uses only the default kubeconfig resolution. */
  public static KubeConnection defaults() {
    return new KubeConnection(
        null, null, null, List.of(), null, null, null, null, null, null, null, false);
  }

  /**
   * Resolves the fabric8 configuration. Throws {@link ClusterException} when no cluster can be
   * reached from the flags, the kubeconfig or the in-cluster environment.
   */
  public Config config() {
    String file = kubeconfig;
    if (file == null
        && server == null
        && nothingConfigured(System::getenv, System::getProperty, userHome())) {
      throw new ClusterException(
          "no cluster configured: set KUBECONFIG, pass --kubeconfig or --kube-server");
    }
    if (file != null) {
      if (!Files.isReadable(Path.of(file))) {
        throw new ClusterException("kubeconfig " + file + " does not exist or is not readable");
      }
      System.setProperty(Config.KUBERNETES_KUBECONFIG_FILE, file);
    }
    Config base = context == null ? Config.autoConfigure(null) : Config.autoConfigure(context);
    ConfigBuilder b = new ConfigBuilder(base);
    if (server != null) {
      b.withMasterUrl(server);
    }
    if (token != null) {
      b.withOauthToken(token);
    }
    if (as != null) {
      b.withImpersonateUsername(as);
    }
    if (!asGroups.isEmpty()) {
      b.withImpersonateGroups(asGroups.toArray(String[]::new));
    }
    if (asUid != null) {
      b.withImpersonateExtras(java.util.Map.of("uid", List.of(asUid)));
    }
    if (tlsServerName != null) {
      // fabric8 7.5 has no SNI override; refuse rather than silently connect differently.
      throw new ClusterException("--kube-tls-server-name is not supported by rset's client");
    }
    if (clientCertificate != null) {
      b.withClientCertFile(clientCertificate);
    }
    if (clientKey != null) {
      b.withClientKeyFile(clientKey);
    }
    if (certificateAuthority != null) {
      b.withCaCertFile(certificateAuthority);
    }
    if (insecureSkipTlsVerify) {
      b.withTrustCerts(true);
    }
    Config config = b.build();
    if (config.getMasterUrl() == null || config.getMasterUrl().isBlank()) {
      throw new ClusterException(
          "no cluster configured: set KUBECONFIG, pass --kubeconfig or --kube-server");
    }
    return config;
  }

  /**
   * True when neither a kubeconfig (the {@code kubeconfig} property, {@code KUBECONFIG}, {@code
   * ~/.kube/config}), a master URL ({@code kubernetes.master}, {@code KUBERNETES_MASTER}) nor an
   * in-cluster environment ({@code KUBERNETES_SERVICE_HOST}) is there: fabric8 would then quietly
   * try {@code https://kubernetes.default.svc}.
   */
  static boolean nothingConfigured(
      java.util.function.UnaryOperator<String> env,
      java.util.function.UnaryOperator<String> properties,
      Path home) {
    if (present(env.apply("KUBERNETES_SERVICE_HOST"))
        || present(env.apply("KUBERNETES_MASTER"))
        || present(properties.apply(Config.KUBERNETES_MASTER_SYSTEM_PROPERTY))) {
      return false;
    }
    String files = properties.apply(Config.KUBERNETES_KUBECONFIG_FILE);
    if (!present(files)) {
      files = env.apply("KUBECONFIG");
    }
    if (present(files)) {
      for (String f : files.split(java.io.File.pathSeparator)) {
        if (!f.isBlank() && Files.isRegularFile(Path.of(f))) {
          return false;
        }
      }
      return true;
    }
    return home == null || !Files.isRegularFile(home.resolve(".kube").resolve("config"));
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static Path userHome() {
    String home = System.getProperty("user.home");
    return home == null ? null : Path.of(home);
  }

  /** A client for this connection; the caller closes it. */
  public KubernetesClient client() {
    return new KubernetesClientBuilder().withConfig(config()).build();
  }

  /**
   * A client whose requests fail within the command's timeout, like the Go client's: no retries on
   * connection failures, connect and request timeouts at most {@code timeout} (and at most the
   * fabric8 default of 10s each). The caller closes it.
   */
  public KubernetesClient client(java.time.Duration timeout) {
    int millis = (int) Math.max(1, Math.min(timeout.toMillis(), Config.DEFAULT_REQUEST_TIMEOUT));
    Config config =
        new ConfigBuilder(config())
            .withRequestRetryBackoffLimit(0)
            .withConnectionTimeout(millis)
            .withRequestTimeout(millis)
            .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  /**
   * The namespace commands use when {@code -n} is not given: the kubeconfig context's namespace,
   * else {@code default}.
   */
  public String defaultNamespace() {
    String ns = config().getNamespace();
    return ns == null || ns.isBlank() ? "default" : ns;
  }
}
