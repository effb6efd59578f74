package io.rset.kubetesting;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A fabric8 {@link KubernetesMockServer} in CRUD mode with {@link SsaCrudDispatcher} (server-side
 * apply, discovery, request recording, fault injection) and clients for it.
 *
 * <pre>{@code
 * try (MockCluster cluster = MockCluster.start()) {
 *   cluster.createCrds("META-INF/fabric8/resourcesets.fluxcd.controlplane.io-v1.yml");
 *   KubernetesClient client = cluster.client();
 *   ...
 *   assertThat(cluster.requests().writes()).isEmpty();
 * }
 * }</pre>
 *
 * <p>Clients made here do not retry failed requests ({@code requestRetryBackoffLimit 0}) so that
 * injected faults reach the code under test; pass a customiser to {@link #newClient} to change that
 * or the request timeout. Closing the cluster closes every client it made and the server.
 */
public final class MockCluster implements AutoCloseable {
  private final SsaCrudDispatcher dispatcher;
  private final KubernetesMockServer server;
  private final List<KubernetesClient> clients = new ArrayList<>();
  private final KubernetesClient client;

  private MockCluster(SsaCrudDispatcher dispatcher) {
    this.dispatcher = dispatcher;
    this.server =
        new KubernetesMockServer(
            new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
    server.init();
    this.client = newClient(UnaryOperator.identity());
  }

  /** Starts a server on a free local port. */
  public static MockCluster start() {
    return new MockCluster(new SsaCrudDispatcher());
  }

  /** Starts a server with a dispatcher of your own (e.g. with more immutable fields). */
  public static MockCluster start(SsaCrudDispatcher dispatcher) {
    return new MockCluster(dispatcher);
  }

  /** The shared client (namespace {@code test}). */
  public KubernetesClient client() {
    return client;
  }

  /** The server's base URL, e.g. {@code http://localhost:40123/}. */
  public String url() {
    return server.url("/");
  }

  /** The client configuration {@link #client()} uses, as a base for custom clients. */
  public Config config() {
    return new ConfigBuilder(Config.empty())
        .withMasterUrl(url())
        .withTrustCerts(true)
        .withNamespace("test")
        .withHttp2Disable(true)
        .withRequestRetryBackoffLimit(0)
        .withRequestTimeout(10_000)
        .withConnectionTimeout(5_000)
        .build();
  }

  /**
   * A new client (its own HTTP client and connection pool), e.g. for a second operator instance;
   * {@code customise} may change the configuration (timeouts, retries, impersonation).
   */
  public KubernetesClient newClient(UnaryOperator<ConfigBuilder> customise) {
    Config cfg = customise.apply(new ConfigBuilder(config())).build();
    KubernetesClient c = new KubernetesClientBuilder().withConfig(cfg).build();
    synchronized (clients) {
      clients.add(c);
    }
    return c;
  }

  /** Every request received so far. */
  public RequestLog requests() {
    return dispatcher.requests();
  }

  /** The fault rules. */
  public Faults faults() {
    return dispatcher.faults();
  }

  /** The dispatcher, for registering immutable fields. */
  public SsaCrudDispatcher dispatcher() {
    return dispatcher;
  }

  /** Creates the CustomResourceDefinitions in these classpath resources (one CRD per file). */
  public MockCluster createCrds(String... classpathResources) {
    for (String resource : classpathResources) {
      try (InputStream in =
          Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("no classpath resource " + resource);
        }
        CustomResourceDefinition crd =
            client.apiextensions().v1().customResourceDefinitions().load(in).item();
        client.resource(crd).create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }

  @Override
  public void close() {
    synchronized (clients) {
      clients.forEach(KubernetesClient::close);
      clients.clear();
    }
    server.destroy();
  }
}
