package io.rset.operator.resourceset;

import java.util.List;
import java.util.Map;

/**
 * kstatus-style readiness of an object (spec §4.6): built-in rules for Deployments, StatefulSets,
 * DaemonSets, ReplicaSets, Pods, Jobs, PersistentVolumeClaims, Services, Namespaces and
 * CustomResourceDefinitions; for every other kind the {@code Stalled}, {@code Reconciling} and
 * {@code Ready} conditions. Objects without status are Current.
 */
final class KStatus {
  /** The computed status; the names are kstatus' and appear in messages. */
  enum Status {
    InProgress,
    Failed,
    Current,
    Terminating,
    NotFound,
    Unknown
  }

  /** A status with its explanation. */
  record Result(Status status, String message) {
    static Result current() {
      return new Result(Status.Current, "Resource is current");
    }

    static Result inProgress(String message) {
      return new Result(Status.InProgress, message);
    }

    static Result failed(String message) {
      return new Result(Status.Failed, message);
    }
  }

  private KStatus() {}

  static Result compute(Map<String, Object> o) {
    if (o == null) {
      return new Result(Status.NotFound, "Resource not found");
    }
    if (at(o, "metadata", "deletionTimestamp") != null) {
      return new Result(Status.Terminating, "Resource scheduled for deletion");
    }
    String apiVersion = str(o.get("apiVersion"));
    String group = ObjectRef.groupOf(apiVersion);
    String kind = str(o.get("kind"));
    Long generation = num(at(o, "metadata", "generation"));
    Long observed = num(at(o, "status", "observedGeneration"));
    if (generation != null && observed != null && !generation.equals(observed)) {
      return Result.inProgress(
          kind
              + " generation is "
              + generation
              + ", but latest observed generation is "
              + observed);
    }
    switch (group + "/" + kind) {
      case "apps/Deployment":
        return deployment(o);
      case "apps/StatefulSet":
        return statefulSet(o);
      case "apps/DaemonSet":
        return daemonSet(o);
      case "apps/ReplicaSet":
        return replicaSet(o);
      case "batch/Job":
        return job(o);
      case "/Pod":
        return pod(o);
      case "/PersistentVolumeClaim":
        return "Bound".equals(at(o, "status", "phase"))
            ? Result.current()
            : Result.inProgress("PVC is not Bound. phase: " + at(o, "status", "phase"));
      case "/Service":
        return service(o);
      case "/Namespace":
        return "Terminating".equals(at(o, "status", "phase"))
            ? new Result(Status.Terminating, "Namespace is terminating")
            : Result.current();
      case "apiextensions.k8s.io/CustomResourceDefinition":
        return crd(o);
      default:
        return generic(o, generation);
    }
  }

  private static Result generic(Map<String, Object> o, Long generation) {
    if (!(o.get("status") instanceof Map<?, ?>)) {
      return Result.current();
    }
    Map<String, Object> stalled = condition(o, "Stalled");
    if (stalled != null && "True".equals(stalled.get("status"))) {
      return Result.failed(str(stalled.get("message")));
    }
    Map<String, Object> reconciling = condition(o, "Reconciling");
    if (reconciling != null && "True".equals(reconciling.get("status"))) {
      return Result.inProgress(str(reconciling.get("message")));
    }
    Map<String, Object> ready = condition(o, "Ready");
    if (ready != null) {
      if (!"True".equals(ready.get("status"))) {
        return Result.inProgress(str(ready.get("message")));
      }
      Long cond = num(ready.get("observedGeneration"));
      if (generation != null && cond != null && !generation.equals(cond)) {
        return Result.inProgress("Ready condition is not up to date with the current generation");
      }
    }
    return Result.current();
  }

  private static Result deployment(Map<String, Object> o) {
    Map<String, Object> progressing = condition(o, "Progressing");
    if (progressing != null && "ProgressDeadlineExceeded".equals(progressing.get("reason"))) {
      return Result.failed("Progress deadline exceeded");
    }
    long want = orDefault(num(at(o, "spec", "replicas")), 1L);
    long replicas = orDefault(num(at(o, "status", "replicas")), 0L);
    long updated = orDefault(num(at(o, "status", "updatedReplicas")), 0L);
    long ready = orDefault(num(at(o, "status", "readyReplicas")), 0L);
    long available = orDefault(num(at(o, "status", "availableReplicas")), 0L);
    if (updated < want) {
      return Result.inProgress("Updated: " + updated + "/" + want);
    }
    if (replicas > updated) {
      return Result.inProgress("Pending termination: " + (replicas - updated));
    }
    if (available < updated) {
      return Result.inProgress("Available: " + available + "/" + updated);
    }
    if (ready < want) {
      return Result.inProgress("Ready: " + ready + "/" + want);
    }
    return new Result(Status.Current, "Deployment is available. Replicas: " + replicas);
  }

  private static Result statefulSet(Map<String, Object> o) {
    long want = orDefault(num(at(o, "spec", "replicas")), 1L);
    long ready = orDefault(num(at(o, "status", "readyReplicas")), 0L);
    long current = orDefault(num(at(o, "status", "currentReplicas")), 0L);
    long updated = orDefault(num(at(o, "status", "updatedReplicas")), 0L);
    if (ready < want) {
      return Result.inProgress("Ready: " + ready + "/" + want);
    }
    if (!"OnDelete".equals(at(o, "spec", "updateStrategy", "type"))) {
      Object cr = at(o, "status", "currentRevision");
      Object ur = at(o, "status", "updateRevision");
      if (updated < want && current < want) {
        return Result.inProgress("Updated: " + updated + "/" + want);
      }
      if (cr != null && ur != null && !cr.equals(ur)) {
        return Result.inProgress("Waiting for updated revision " + ur);
      }
    }
    return new Result(Status.Current, "All replicas scheduled as expected. Replicas: " + want);
  }

  private static Result daemonSet(Map<String, Object> o) {
    long desired = orDefault(num(at(o, "status", "desiredNumberScheduled")), -1L);
    if (desired < 0) {
      return Result.inProgress("Missing .status.desiredNumberScheduled");
    }
    long updated = orDefault(num(at(o, "status", "updatedNumberScheduled")), 0L);
    long available = orDefault(num(at(o, "status", "numberAvailable")), 0L);
    long ready = orDefault(num(at(o, "status", "numberReady")), 0L);
    if (updated < desired) {
      return Result.inProgress("Updated: " + updated + "/" + desired);
    }
    if (available < desired) {
      return Result.inProgress("Available: " + available + "/" + desired);
    }
    if (ready < desired) {
      return Result.inProgress("Ready: " + ready + "/" + desired);
    }
    return new Result(Status.Current, "All replicas scheduled as expected. Replicas: " + desired);
  }

  private static Result replicaSet(Map<String, Object> o) {
    long want = orDefault(num(at(o, "spec", "replicas")), 1L);
    long ready = orDefault(num(at(o, "status", "readyReplicas")), 0L);
    long available = orDefault(num(at(o, "status", "availableReplicas")), 0L);
    if (available < want || ready < want) {
      return Result.inProgress("Ready: " + ready + "/" + want);
    }
    return Result.current();
  }

  private static Result job(Map<String, Object> o) {
    Map<String, Object> failed = condition(o, "Failed");
    if (failed != null && "True".equals(failed.get("status"))) {
      return Result.failed("Job Failed. failed: " + orDefault(num(at(o, "status", "failed")), 0L));
    }
    Map<String, Object> complete = condition(o, "Complete");
    if (complete != null && "True".equals(complete.get("status"))) {
      return new Result(Status.Current, "Job Completed");
    }
    return Result.inProgress("Job in progress");
  }

  private static Result pod(Map<String, Object> o) {
    Object phase = at(o, "status", "phase");
    if ("Succeeded".equals(phase)) {
      return new Result(Status.Current, "Pod has completed successfully");
    }
    if ("Failed".equals(phase)) {
      return Result.failed("Pod has completed, but not successfully");
    }
    Map<String, Object> ready = condition(o, "Ready");
    if ("Running".equals(phase) && ready != null && "True".equals(ready.get("status"))) {
      return new Result(Status.Current, "Pod is Ready");
    }
    return Result.inProgress("Pod phase: " + phase);
  }

  private static Result service(Map<String, Object> o) {
    if (!"LoadBalancer".equals(at(o, "spec", "type"))) {
      return new Result(Status.Current, "Service is ready");
    }
    Object ingress = at(o, "status", "loadBalancer", "ingress");
    if (ingress instanceof List<?> l && !l.isEmpty()) {
      return new Result(Status.Current, "Service is ready");
    }
    return Result.inProgress("Pending external IP");
  }

  private static Result crd(Map<String, Object> o) {
    Map<String, Object> names = condition(o, "NamesAccepted");
    if (names != null && "False".equals(names.get("status"))) {
      return Result.failed("CRD names not accepted: " + str(names.get("message")));
    }
    Map<String, Object> established = condition(o, "Established");
    if (established != null && "True".equals(established.get("status"))) {
      return new Result(Status.Current, "CRD is established");
    }
    return Result.inProgress("Install in progress");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> condition(Map<String, Object> o, String type) {
    if (at(o, "status", "conditions") instanceof List<?> l) {
      for (Object c : l) {
        if (c instanceof Map<?, ?> m && type.equals(m.get("type"))) {
          return (Map<String, Object>) m;
        }
      }
    }
    return null;
  }

  static Object at(Map<String, Object> o, String... path) {
    Object cur = o;
    for (String p : path) {
      if (!(cur instanceof Map<?, ?> m)) {
        return null;
      }
      cur = m.get(p);
    }
    return cur;
  }

  private static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  private static Long num(Object o) {
    return o instanceof Number n ? n.longValue() : null;
  }

  private static long orDefault(Long v, long d) {
    return v == null ? d : v;
  }
}
