package io.rset.operator.resourceset;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.processing.retry.GenericRetry;
import io.rset.kubetesting.MockCluster;
import io.rset.operator.api.Crds;
import io.rset.operator.api.ResourceSet;
import io.rset.operator.notification.EventForwarder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A mock cluster (CRUD + server-side apply) with the operator's CRDs and test Flux CRDs, and a
 * JOSDK operator running the ResourceSet reconciler with tight intervals.
 */
final class OperatorHarness implements AutoCloseable {
  static final List<String> FLUX_CRDS =
      List.of(
          "resourceset/helmrepositories.yaml",
          "resourceset/ocirepositories.yaml",
          "resourceset/gitrepositories.yaml",
          "resourceset/helmreleases.yaml",
          "resourceset/kustomizations.yaml");

  final MockCluster cluster;
  final KubernetesClient client;
  final ReconcilerSettings settings;
  private final int operatorRequestTimeoutMillis;
  private EventForwarder forwarder = EventForwarder.NONE;
  private KubernetesClient operatorClient;
  private Operator operator;

  private OperatorHarness(ReconcilerSettings settings, int operatorRequestTimeoutMillis) {
    this.cluster = MockCluster.start();
    this.client = cluster.client();
    this.settings = settings;
    this.operatorRequestTimeoutMillis = operatorRequestTimeoutMillis;
    cluster.createCrds(Crds.RESOURCE_SET, Crds.RESOURCE_SET_INPUT_PROVIDER);
    cluster.createCrds(FLUX_CRDS.toArray(String[]::new));
  }

  /** Test defaults: 50ms polls, 2s stage/GC waits, 200ms dependency retry, no jitter. */
  static ReconcilerSettings fastSettings() {
    return ReconcilerSettings.defaults()
        .withPolling(Duration.ofMillis(50), Duration.ofSeconds(2))
        .withRequeueDependency(Duration.ofMillis(200))
        .withIntervalJitterPercent(0);
  }

  static OperatorHarness start() {
    return start(UnaryOperator.identity());
  }

  static OperatorHarness start(UnaryOperator<ReconcilerSettings> tweak) {
    return start(tweak, 30_000);
  }

  /** With the operator client's request timeout (for timeout faults). */
  static OperatorHarness start(UnaryOperator<ReconcilerSettings> tweak, int requestTimeoutMillis) {
    OperatorHarness h = new OperatorHarness(tweak.apply(fastSettings()), requestTimeoutMillis);
    h.startOperator();
    return h;
  }

  /** With events also forwarded to {@code forwarder} (notification-controller tests). */
  static OperatorHarness startForwarding(EventForwarder forwarder) {
    OperatorHarness h = new OperatorHarness(fastSettings(), 30_000);
    h.forwarder = forwarder;
    h.startOperator();
    return h;
  }

  /** Starts an operator (a new instance with its own client). */
  void startOperator() {
    operatorClient = cluster.newClient(c -> c.withRequestTimeout(operatorRequestTimeoutMillis));
    operator =
        new Operator(
            o ->
                o.withKubernetesClient(operatorClient)
                    .withCloseClientOnStop(true)
                    .withConcurrentReconciliationThreads(4));
    operator.register(
        new ResourceSetReconciler(operatorClient, settings, forwarder),
        o ->
            o.withRetry(
                new GenericRetry()
                    .setInitialInterval(50)
                    .setIntervalMultiplier(1.5)
                    .setMaxInterval(400)
                    .withoutMaxAttempts()));
    operator.start();
  }

  void stopOperator() {
    if (operator != null) {
      operator.stop();
      operator = null;
    }
  }

  /**
   * Kills the running operator as a crash would: its client is closed first, so every request it
   * has in flight fails, then it is stopped; a new operator is started.
   */
  void crashAndRestartOperator() {
    operatorClient.close();
    stopOperator();
    startOperator();
  }

  /** Stops the running operator (abruptly, mid-reconcile if it is) and starts a new one. */
  void restartOperator() {
    stopOperator();
    startOperator();
  }

  ResourceSet create(String yaml) {
    ResourceSet rs =
        client
            .resources(ResourceSet.class)
            .load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
            .item();
    return client.resource(rs).create();
  }

  /** Replaces the spec (and annotations) of an existing ResourceSet from YAML. */
  ResourceSet update(String yaml) {
    ResourceSet desired =
        client
            .resources(ResourceSet.class)
            .load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
            .item();
    // the operator patches the status concurrently: retry optimistic-lock conflicts
    for (int attempt = 0; ; attempt++) {
      try {
        return client
            .resources(ResourceSet.class)
            .inNamespace(desired.getMetadata().getNamespace())
            .withName(desired.getMetadata().getName())
            .edit(
                rs -> {
                  rs.setSpec(desired.getSpec());
                  rs.getMetadata().setAnnotations(desired.getMetadata().getAnnotations());
                  return rs;
                });
      } catch (io.fabric8.kubernetes.client.KubernetesClientException e) {
        if (e.getCode() != 409 || attempt > 20) {
          throw e;
        }
      }
    }
  }

  ResourceSet get(String ns, String name) {
    return client.resources(ResourceSet.class).inNamespace(ns).withName(name).get();
  }

  Map<String, Object> condition(String ns, String name, String type) {
    ResourceSet rs = get(ns, name);
    return rs == null || rs.getStatus() == null ? null : rs.getStatus().condition(type);
  }

  /** Waits until the Ready condition satisfies the predicate; returns the ResourceSet. */
  ResourceSet awaitReady(String ns, String name, Predicate<Map<String, Object>> ready) {
    java.util.concurrent.atomic.AtomicReference<ResourceSet> seen =
        new java.util.concurrent.atomic.AtomicReference<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              ResourceSet rs = get(ns, name);
              Map<String, Object> c =
                  rs == null || rs.getStatus() == null ? null : rs.getStatus().condition("Ready");
              if (c != null && ready.test(c)) {
                seen.set(rs);
                return true;
              }
              return false;
            });
    return seen.get();
  }

  ResourceSet awaitReadyTrue(String ns, String name) {
    return awaitReady(ns, name, c -> "True".equals(c.get("status")));
  }

  /** Waits for a condition with this status and reason. */
  ResourceSet awaitReason(String ns, String name, String status, String reason) {
    return awaitReady(
        ns, name, c -> status.equals(c.get("status")) && reason.equals(c.get("reason")));
  }

  GenericKubernetesResource object(String apiVersion, String kind, String ns, String name) {
    var op = client.genericKubernetesResources(apiVersion, kind);
    return ns == null ? op.withName(name).get() : op.inNamespace(ns).withName(name).get();
  }

  List<Event> events(String ns) {
    return client.v1().events().inNamespace(ns).list().getItems().stream()
        .sorted(
            Comparator.comparing(
                e ->
                    e.getMetadata().getCreationTimestamp() == null
                        ? ""
                        : e.getMetadata().getCreationTimestamp()))
        .toList();
  }

  List<String> eventLines(String ns, String name) {
    return events(ns).stream()
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .map(e -> e.getType() + " " + e.getReason() + " " + e.getMessage())
        .toList();
  }

  @Override
  public void close() {
    stopOperator();
    cluster.close();
  }
}
