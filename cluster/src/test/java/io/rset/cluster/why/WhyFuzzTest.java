package io.rset.cluster.why;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.rset.cluster.ClusterException;
import io.rset.cluster.FluxKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fuzzes what {@code rset why} parses from the cluster: Ready messages ({@link Messages}),
 * inventory ids ({@link Inventory}), ResourceSet dependency names, and the whole walk over a small
 * cluster whose messages, dependency names and inventory are fuzzed. Nothing may throw but a {@link
 * ClusterException} with a message, and every explanation must end within {@link #TIMEOUT_SECONDS}
 * (regular expressions that backtrack, walks that loop).
 *
 * <p>Input layout, split at NUL bytes: {@code MESSAGE_A \0 MESSAGE_B \0 NAME \0 INVENTORY_ID}.
 * Regression mode runs the seeds in {@code WhyFuzzTestInputs/}; fuzz mode: {@code JAZZER_FUZZ=1
 * ./mvnw -pl cluster -am test -Dtest=WhyFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class WhyFuzzTest {
  private static final long TIMEOUT_SECONDS = 10;
  private static final long FIRST_RUN_TIMEOUT_SECONDS = 120;
  private static volatile boolean warmedUp;
  private static ExecutorService worker = newWorker();

  @FuzzTest(maxDuration = "5m")
  void explain(byte[] data) throws Throwable {
    List<String> parts = split(data, 4);
    Future<?> run = worker.submit(() -> once(parts));
    long timeout = warmedUp ? TIMEOUT_SECONDS : FIRST_RUN_TIMEOUT_SECONDS;
    try {
      run.get(timeout, TimeUnit.SECONDS);
      warmedUp = true;
    } catch (TimeoutException e) {
      worker.shutdownNow();
      worker = newWorker(); // the hung thread is a daemon and is abandoned
      throw new AssertionError("hang: no result after " + timeout + "s for " + parts);
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  private static void once(List<String> p) {
    String a = p.get(0);
    String b = p.size() > 1 ? p.get(1) : "";
    String name = p.size() > 2 && !p.get(2).isEmpty() ? p.get(2) : "b";
    String id = p.size() > 3 ? p.get(3) : "";
    for (FluxKind k : FluxKind.values()) {
      Messages.parse(ObjectRef.of(k, "ns", "x"), a);
    }
    Messages.rsetDependency(a);
    Inventory.parse(id, "v1");
    Events.about(
        ObjectRef.of(FluxKind.HELM_RELEASE, "ns", "a"), List.of(event(a), event(b)), Events.LIMIT);
    try {
      Explanation e =
          new WhyAnalyser(new InMemoryClusterView(cluster(a, b, name, id)))
              .explain(ObjectRef.of(FluxKind.HELM_RELEASE, "ns", "a"));
      ExplanationText.render(e);
      ExplanationJson.render(e);
    } catch (ClusterException e) {
      if (e.getMessage() == null || e.getMessage().isEmpty()) {
        throw new AssertionError("ClusterException without a message", e);
      }
    }
  }

  /**
   * HelmRelease a depends on NAME (message A), HelmRelease b depends on a (message B, a cycle when
   * NAME is b), ResourceSet r lists a and INVENTORY_ID; a Kustomization in a cycle with itself.
   */
  private static List<Map<String, Object>> cluster(String a, String b, String name, String id) {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(release("a", name, a));
    out.add(release("b", "a", b));
    Map<String, Object> rset = object("fluxcd.controlplane.io/v1", "ResourceSet", "r");
    rset.put(
        "status",
        Map.of(
            "conditions", List.of(ready("False", a)),
            "inventory",
                Map.of(
                    "entries",
                    List.of(
                        Map.of("id", "ns_a_helm.toolkit.fluxcd.io_HelmRelease", "v", "v2"),
                        Map.of("id", id, "v", "v1")))));
    out.add(rset);
    return out;
  }

  private static Map<String, Object> release(String name, String dependsOn, String message) {
    Map<String, Object> r = object("helm.toolkit.fluxcd.io/v2", "HelmRelease", name);
    r.put(
        "spec",
        Map.of(
            "dependsOn", List.of(Map.of("name", dependsOn)),
            "chart",
                Map.of(
                    "spec",
                    Map.of(
                        "chart",
                        name,
                        "sourceRef",
                        Map.of("kind", "HelmRepository", "name", name)))));
    r.put("status", Map.of("conditions", List.of(ready("False", message))));
    return r;
  }

  private static Map<String, Object> object(String apiVersion, String kind, String name) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("apiVersion", apiVersion);
    o.put("kind", kind);
    o.put(
        "metadata", new LinkedHashMap<>(Map.of("name", name, "namespace", "ns", "generation", 1L)));
    return o;
  }

  private static Map<String, Object> ready(String status, String message) {
    return Map.of("type", "Ready", "status", status, "reason", "Fuzz", "message", message);
  }

  private static Map<String, Object> event(String message) {
    return Map.of(
        "kind",
        "Event",
        "involvedObject",
        Map.of("kind", "HelmRelease", "name", "a", "namespace", "ns"),
        "message",
        message,
        "lastTimestamp",
        message.length() > 20 ? message.substring(0, 20) : message);
  }

  private static List<String> split(byte[] data, int max) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < data.length && out.size() < max - 1; i++) {
      if (data[i] == 0) {
        out.add(new String(data, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    out.add(new String(data, start, data.length - start, StandardCharsets.UTF_8));
    return out;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "why-fuzz");
          t.setDaemon(true);
          return t;
        });
  }
}
