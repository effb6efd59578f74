package io.rset.operator.runtime;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.rset.kubetesting.MockCluster;
import io.rset.kubetesting.RecordedCall;
import io.rset.operator.api.Crds;
import io.rset.operator.api.ResourceSet;
import io.rset.operator.metrics.OperatorMetrics;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scale harness: the operator runtime (ResourceSet and provider controllers) against the mock
 * server, with {@code count} ResourceSets of {@code objects} ConfigMaps each. It measures the time
 * until every ResourceSet is Ready, the heap in use after a full GC once they are, the requests
 * made while idle, and a no-change reconcile of every ResourceSet (triggered with {@code
 * reconcile.fluxcd.io/requestedAt}): latency percentiles, requests per reconcile by kind, and
 * writes to the generated objects (must be zero). The heap figure covers the whole JVM, mock server
 * and its stored objects included.
 */
final class ScaleHarness {
  static final String HARNESS_AGENT = "rset-scale-harness";
  private static final int NAMESPACES = 10;

  /** What one run measured. */
  record Report(
      int resourceSets,
      int objectsPerSet,
      Duration timeToReady,
      List<Duration> initialLatencies,
      long heapAfterGcBytes,
      long idleRequests,
      Duration idleWindow,
      List<Duration> noChangeLatencies,
      Map<String, Long> noChangeRequests,
      long noChangeObjectWrites) {

    String format() {
      StringBuilder b = new StringBuilder();
      b.append(String.format("ResourceSets: %d x %d ConfigMaps%n", resourceSets, objectsPerSet));
      b.append(String.format("time to all Ready: %.1fs%n", timeToReady.toMillis() / 1000.0));
      b.append("initial reconcile latency: ").append(percentiles(initialLatencies)).append('\n');
      b.append(
          String.format(
              "heap used after GC (whole JVM incl. mock): %.1f MiB%n",
              heapAfterGcBytes / 1048576.0));
      b.append(
          String.format("requests while idle for %ds: %d%n", idleWindow.toSeconds(), idleRequests));
      b.append("no-change reconcile latency: ").append(percentiles(noChangeLatencies)).append('\n');
      long total = noChangeRequests.values().stream().mapToLong(Long::longValue).sum();
      b.append(
          String.format(
              "no-change requests per reconcile: %.2f %s%n",
              total / (double) resourceSets, perReconcile(noChangeRequests)));
      b.append("no-change writes to generated objects: ").append(noChangeObjectWrites).append('\n');
      return b.toString();
    }

    private String perReconcile(Map<String, Long> requests) {
      Map<String, String> out = new LinkedHashMap<>();
      requests.forEach((k, v) -> out.put(k, String.format("%.2f", v / (double) resourceSets)));
      return out.toString();
    }
  }

  /** Reconcile durations and the last status seen, per ResourceSet. */
  static final class Observer implements OperatorMetrics {
    final Map<String, Map<String, Object>> statuses = new ConcurrentHashMap<>();
    final List<Duration> latencies = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void recordStatus(HasMetadata object) {
      if (object instanceof ResourceSet rs && rs.getStatus() != null) {
        statuses.put(
            rs.getMetadata().getNamespace() + "/" + rs.getMetadata().getName(), rs.getStatus());
      }
    }

    @Override
    public void forget(HasMetadata object) {}

    @Override
    public void recordApplied(String action) {}

    @Override
    public void recordReconcile(String kind, Duration duration) {
      if (ResourceSet.KIND.equals(kind)) {
        latencies.add(duration);
      }
    }

    long count(java.util.function.Predicate<Map<String, Object>> test) {
      return statuses.values().stream().filter(test).count();
    }

    List<Duration> drain() {
      synchronized (latencies) {
        List<Duration> copy = new ArrayList<>(latencies);
        latencies.clear();
        return copy;
      }
    }
  }

  /** The mock server logs every request at INFO through JUL; kept strongly reachable. */
  private static final java.util.logging.Logger MOCK_LOG =
      java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  private ScaleHarness() {}

  static Report run(int count, int objects, Duration idleWindow, Duration timeout) {
    MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
    try (MockCluster cluster = MockCluster.start()) {
      KubernetesClient harness =
          cluster.newClient(b -> b.withUserAgent(HARNESS_AGENT).withRequestTimeout(60_000));
      for (String crd : Crds.ALL) {
        harness
            .apiextensions()
            .v1()
            .customResourceDefinitions()
            .load(ScaleHarness.class.getClassLoader().getResourceAsStream(crd))
            .create();
      }
      Observer observer = new Observer();
      OperatorSettings settings =
          new OperatorSettings(
              Set.of(),
              OperatorSettings.DEFAULT_CONCURRENT,
              OperatorSettings.DEFAULT_REQUEUE_DEPENDENCY,
              null,
              null,
              ListenAddress.DISABLED,
              ListenAddress.DISABLED);
      try (OperatorRuntime runtime =
          new OperatorRuntime(
              cluster.newClient(b -> b.withRequestTimeout(60_000)),
              settings,
              new StandardControllers(),
              true,
              observer)) {
        runtime.start();

        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
          harness.resource(resourceSet(i, objects)).create();
        }
        await()
            .atMost(timeout)
            .pollInterval(Duration.ofMillis(200))
            .until(() -> observer.count(ScaleHarness::ready) == count);
        Duration toReady = Duration.ofNanos(System.nanoTime() - start);
        List<Duration> initial = observer.drain();

        long heap = heapAfterGc();

        long mark = cluster.requests().size();
        sleep(idleWindow);
        long idle = cluster.requests().since(mark).stream().filter(c -> !c.isWatch()).count();

        mark = cluster.requests().size();
        for (int i = 0; i < count; i++) {
          String name = "rs-" + i;
          harness
              .resources(ResourceSet.class)
              .inNamespace(namespace(i))
              .withName(name)
              .edit(
                  rs -> {
                    rs.getMetadata()
                        .setAnnotations(Map.of("reconcile.fluxcd.io/requestedAt", "scale-1"));
                    return rs;
                  });
        }
        await()
            .atMost(timeout)
            .pollInterval(Duration.ofMillis(200))
            .until(
                () ->
                    observer.count(s -> "scale-1".equals(s.get("lastHandledReconcileAt")))
                        == count);
        List<Duration> noChange = observer.drain();
        List<RecordedCall> calls =
            cluster.requests().since(mark).stream()
                .filter(c -> !HARNESS_AGENT.equals(c.header("user-agent")))
                .filter(c -> !c.isWatch())
                .toList();
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (RecordedCall c : calls) {
          byKind.merge(category(c), 1L, Long::sum);
        }
        long objectWrites =
            calls.stream()
                .filter(RecordedCall::isWrite)
                .filter(c -> c.path().contains("/configmaps"))
                .count();
        return new Report(
            count,
            objects,
            toReady,
            initial,
            heap,
            idle,
            idleWindow,
            noChange,
            byKind,
            objectWrites);
      }
    }
  }

  private static boolean ready(Map<String, Object> status) {
    if (!(status.get("conditions") instanceof List<?> conditions)) {
      return false;
    }
    return conditions.stream()
        .anyMatch(
            c ->
                c instanceof Map<?, ?> m
                    && "Ready".equals(m.get("type"))
                    && "True".equals(m.get("status")));
  }

  /** A request's kind for the per-reconcile breakdown. */
  static String category(RecordedCall c) {
    String p = c.path();
    if (c.isDryRun()) {
      return "dry-run";
    }
    if (p.endsWith("/status")) {
      return c.method().equals("GET") ? "status-read" : "status-write";
    }
    if (p.contains("/events")) {
      return "event";
    }
    if (c.isApply()) {
      return "apply";
    }
    return c.isWrite() ? "other-write" : "read";
  }

  static String namespace(int i) {
    return "scale-" + (i % NAMESPACES);
  }

  static ResourceSet resourceSet(int i, int objects) {
    String ns = namespace(i);
    List<Object> resources = new ArrayList<>();
    for (int j = 0; j < objects; j++) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("apiVersion", "v1");
      cm.put("kind", "ConfigMap");
      cm.put("metadata", Map.of("name", "rs-" + i + "-cm-" + j, "namespace", ns));
      cm.put("data", Map.of("index", Integer.toString(j), "owner", "rs-" + i));
      resources.add(cm);
    }
    ResourceSet rs = new ResourceSet();
    rs.setMetadata(new ObjectMetaBuilder().withNamespace(ns).withName("rs-" + i).build());
    rs.setSpec(new ResourceSet.Spec(Map.of("resources", resources)));
    return rs;
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      sleep(Duration.ofMillis(200));
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** p50/p95/p99/max of the durations, in milliseconds. */
  static String percentiles(List<Duration> durations) {
    if (durations.isEmpty()) {
      return "no reconciles";
    }
    List<Long> micros = new ArrayList<>(durations.stream().map(d -> d.toNanos() / 1000).toList());
    Collections.sort(micros);
    return String.format(
        "n=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms",
        micros.size(),
        at(micros, 0.50) / 1000.0,
        at(micros, 0.95) / 1000.0,
        at(micros, 0.99) / 1000.0,
        micros.get(micros.size() - 1) / 1000.0);
  }

  private static long at(List<Long> sorted, double q) {
    int i = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }
}
