package io.rset.cli;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.rset.cluster.access.ObjectMaps;
import io.rset.cluster.access.ObjectRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Plays the Flux controllers next to a CLI run: every 10ms it handles new reconcile requests of the
 * objects it was told about (copies {@code requestedAt} to {@code lastHandledReconcileAt} and sets
 * Ready as scripted) and removes the finalizers of objects being deleted.
 */
final class BackgroundController implements AutoCloseable {
  /** The Ready condition a handled request ends with. */
  record Outcome(String status, String reason, String message) {}

  private final MockApiServer server;
  private final Map<ObjectRef, Outcome> outcomes = new ConcurrentHashMap<>();
  private final Map<ObjectRef, Boolean> finalize = new ConcurrentHashMap<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread thread;

  BackgroundController(MockApiServer server) {
    this.server = server;
    this.thread = new Thread(this::loop, "fake-flux-controller");
    thread.setDaemon(true);
    thread.start();
  }

  /** Handles each reconcile request of ref with this outcome. */
  BackgroundController onRequest(ObjectRef ref, String status, String reason, String message) {
    outcomes.put(ref, new Outcome(status, reason, message));
    return this;
  }

  /** Removes ref's finalizers once it is being deleted. */
  BackgroundController finalizeDeletion(ObjectRef ref) {
    finalize.put(ref, true);
    return this;
  }

  private void loop() {
    while (running.get()) {
      try {
        outcomes.forEach(this::handle);
        finalize.keySet().forEach(this::removeFinalizers);
        Thread.sleep(10);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // the CLI may delete objects concurrently: try again on the next round
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void handle(ObjectRef ref, Outcome outcome) {
    var op =
        server
            .client()
            .genericKubernetesResources(ref.kind().context())
            .inNamespace(ref.namespace())
            .withName(ref.name());
    GenericKubernetesResource r = op.get();
    if (r == null) {
      return;
    }
    String token =
        r.getMetadata().getAnnotations() == null
            ? null
            : r.getMetadata().getAnnotations().get("reconcile.fluxcd.io/requestedAt");
    Map<String, Object> status =
        (Map<String, Object>)
            r.getAdditionalProperties().computeIfAbsent("status", k -> new HashMap<>());
    if (token == null || token.equals(status.get("lastHandledReconcileAt"))) {
      return;
    }
    status.put("lastHandledReconcileAt", token);
    List<Object> conditions = new ArrayList<>();
    Map<String, Object> ready = new LinkedHashMap<>();
    ready.put("lastTransitionTime", "2025-07-15T10:11:02Z");
    ready.put("message", outcome.message());
    ready.put("observedGeneration", r.getMetadata().getGeneration());
    ready.put("reason", outcome.reason());
    ready.put("status", outcome.status());
    ready.put("type", "Ready");
    conditions.add(ready);
    status.put("conditions", conditions);
    server
        .client()
        .genericKubernetesResources(ref.kind().context())
        .inNamespace(ref.namespace())
        .resource(r)
        .updateStatus();
  }

  private void removeFinalizers(ObjectRef ref) {
    var op =
        server
            .client()
            .genericKubernetesResources(ref.kind().context())
            .inNamespace(ref.namespace())
            .withName(ref.name());
    GenericKubernetesResource r = op.get();
    if (r != null && r.getMetadata().getDeletionTimestamp() != null) {
      r.getMetadata().setFinalizers(new ArrayList<>());
      server
          .client()
          .genericKubernetesResources(ref.kind().context())
          .inNamespace(ref.namespace())
          .resource(r)
          .update();
    }
  }

  /** The object's annotations as the server holds them. */
  Map<String, Object> annotations(ObjectRef ref) {
    return ObjectMaps.map(
        server.objects().get(ref.kind().context(), ref.namespace(), ref.name()).orElseThrow(),
        "metadata",
        "annotations");
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    thread.interrupt();
    thread.join(2000);
  }
}
