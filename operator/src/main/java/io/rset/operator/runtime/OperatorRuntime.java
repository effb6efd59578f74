package io.rset.operator.runtime;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.javaoperatorsdk.operator.processing.retry.GenericRetry;
import io.micrometer.core.instrument.Gauge;
import io.rset.operator.metrics.OperatorMetrics;
import io.rset.operator.metrics.PrometheusOperatorMetrics;
import io.rset.operator.metrics.ReconcileTimingMetrics;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running operator: a JOSDK {@link Operator} on a fabric8 client with the controllers of {@link
 * Controllers}, optional Lease-based leader election, Prometheus metrics on {@code /metrics} and
 * the {@code /healthz} and {@code /readyz} probes.
 *
 * <p>Without leader election every replica reconciles. With it, every replica starts its informers
 * (so its caches are warm) but only the Lease holder processes events; a replica that loses the
 * Lease exits when {@link LeaderElection#exitOnStopLeading()} is set.
 */
public final class OperatorRuntime implements AutoCloseable {
  /** The reconcilers an operator runs, created once its metrics exist. */
  @FunctionalInterface
  public interface Controllers {
    /** The reconcilers to register, in order. */
    List<Reconciler<? extends HasMetadata>> create(
        KubernetesClient client, OperatorSettings settings, OperatorMetrics metrics);
  }

  private static final Logger LOG = LoggerFactory.getLogger(OperatorRuntime.class);

  private final OperatorSettings settings;
  private final PrometheusOperatorMetrics metrics;
  private final Operator operator;
  private final AtomicBoolean leader = new AtomicBoolean();
  private final List<HttpEndpoints> servers = new ArrayList<>();
  private volatile HttpEndpoints metricsServer;
  private volatile HttpEndpoints healthServer;

  /**
   * An operator on {@code client} (not yet started).
   *
   * @param closeClient whether {@link #close()} closes the client
   */
  public OperatorRuntime(
      KubernetesClient client,
      OperatorSettings settings,
      Controllers controllers,
      boolean closeClient) {
    this(client, settings, controllers, closeClient, OperatorMetrics.NOOP);
  }

  /**
   * An operator whose metrics calls also go to {@code observer} (benchmarks and tests use it to see
   * every reconcile duration and status).
   */
  public OperatorRuntime(
      KubernetesClient client,
      OperatorSettings settings,
      Controllers controllers,
      boolean closeClient,
      OperatorMetrics observer) {
    this.settings = settings;
    this.metrics = new PrometheusOperatorMetrics();
    OperatorMetrics recorded = OperatorMetrics.both(metrics, observer);
    LeaderElection election = settings.leaderElection();
    if (election != null) {
      Gauge.builder("leader_election_master_status", () -> leader.get() ? 1 : 0)
          .description("1 while this replica holds the leader election Lease")
          .tag("name", election.leaseName())
          .register(metrics.registry());
    } else {
      leader.set(true);
    }
    this.operator =
        new Operator(
            o -> {
              o.withKubernetesClient(client)
                  .withCloseClientOnStop(closeClient)
                  .withConcurrentReconciliationThreads(settings.concurrent())
                  .withMetrics(
                      new ReconcileTimingMetrics(
                          MicrometerMetrics.withoutPerResourceMetrics(metrics.registry()),
                          recorded));
              if (election != null) {
                o.withLeaderElectionConfiguration(leaderElection(election));
              }
            });
    for (Reconciler<? extends HasMetadata> r : controllers.create(client, settings, recorded)) {
      register(r);
    }
  }

  private <P extends HasMetadata> void register(Reconciler<P> reconciler) {
    operator.register(
        reconciler,
        o -> {
          o.withRetry(
              new GenericRetry()
                  .setInitialInterval(settings.tuning().minRetryDelay().toMillis())
                  .setIntervalMultiplier(2)
                  .setMaxInterval(settings.tuning().maxRetryDelay().toMillis())
                  .withoutMaxAttempts());
          if (!settings.watchNamespaces().isEmpty()) {
            o.settingNamespaces(settings.watchNamespaces());
          }
        });
  }

  private LeaderElectionConfiguration leaderElection(LeaderElection e) {
    LeaderCallbacks callbacks =
        new LeaderCallbacks(
            () -> {
              leader.set(true);
              LOG.info("Started leading as {}", e.identity());
            },
            () -> {
              leader.set(false);
              LOG.info("Stopped leading as {}", e.identity());
            },
            holder -> LOG.info("New leader elected: {}", holder));
    return new LeaderElectionConfiguration(
        e.leaseName(),
        e.leaseNamespace(),
        e.leaseDuration(),
        e.renewDeadline(),
        e.retryPeriod(),
        e.identity(),
        callbacks,
        e.exitOnStopLeading());
  }

  /**
   * Starts the probe server, then the metrics server, then the operator (informers, leader
   * election, event processing). Returns once the informers have synced.
   */
  public void start() {
    startServers();
    LOG.info(
        "Starting operator: namespaces={}, concurrent={}, leaderElection={}",
        settings.watchNamespaces().isEmpty() ? "all" : settings.watchNamespaces(),
        settings.concurrent(),
        settings.leaderElection() != null);
    operator.start();
  }

  /** Starts the probe and metrics servers (once); the probes fail until the operator started. */
  synchronized void startServers() {
    if (!servers.isEmpty()) {
      return;
    }
    if (!settings.healthAddress().disabled()) {
      healthServer =
          HttpEndpoints.start(
              "health",
              settings.healthAddress(),
              Map.of(
                  "/healthz", () -> probe(healthy(), "healthz"),
                  "/readyz", () -> probe(ready(), "readyz")));
      servers.add(healthServer);
    }
    if (!settings.metricsAddress().disabled()) {
      metricsServer =
          HttpEndpoints.start(
              "metrics",
              settings.metricsAddress(),
              Map.of(
                  "/metrics",
                  () ->
                      new HttpEndpoints.Response(
                          200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape())));
      servers.add(metricsServer);
    }
  }

  private static HttpEndpoints.Response probe(boolean ok, String name) {
    return ok
        ? HttpEndpoints.Response.ok("ok")
        : new HttpEndpoints.Response(500, "text/plain; charset=utf-8", name + " check failed\n");
  }

  /** Live: started, and every informer is watching. */
  public boolean healthy() {
    return operator.getRuntimeInfo().isStarted()
        && operator.getRuntimeInfo().allEventSourcesAreHealthy();
  }

  /** Ready: started, caches synced (followers are ready too: they hold warm caches). */
  public boolean ready() {
    return operator.getRuntimeInfo().isStarted();
  }

  /** Whether this replica processes events: always without leader election. */
  public boolean leader() {
    return leader.get();
  }

  /** The metrics this operator serves. */
  public PrometheusOperatorMetrics metrics() {
    return metrics;
  }

  /** The bound metrics address; null when disabled or not started. */
  public InetSocketAddress metricsAddress() {
    return metricsServer == null ? null : metricsServer.address();
  }

  /** The bound probe address; null when disabled or not started. */
  public InetSocketAddress healthAddress() {
    return healthServer == null ? null : healthServer.address();
  }

  /** Stops the operator (and its client when it owns it) and the HTTP servers. */
  @Override
  public void close() {
    try {
      operator.stop();
    } finally {
      servers.forEach(HttpEndpoints::close);
      servers.clear();
    }
  }
}
