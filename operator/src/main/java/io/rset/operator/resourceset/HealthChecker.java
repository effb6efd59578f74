package io.rset.operator.resourceset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Waits until applied objects are Current (spec §4.6): polls every interval (first check at once),
 * fails fast when one is Failed, gives up at the timeout, and stops early when a new reconcile was
 * requested for the ResourceSet.
 */
final class HealthChecker {
  /** A health check that failed; the message is Flux's text. */
  static final class HealthException extends Exception {
    private static final long serialVersionUID = 1L;

    HealthException(String message) {
      super(message);
    }
  }

  /** The wait was cancelled by a new event; the trigger is {@code Kind/ns/name}. */
  static final class Canceled extends Exception {
    private static final long serialVersionUID = 1L;
    final String trigger;

    Canceled(String trigger) {
      super("New reconciliation triggered by " + trigger);
      this.trigger = trigger;
    }
  }

  private final KubeApi api;
  private final Duration poll;
  private final Clock clock;

  HealthChecker(KubeApi api, Duration poll, Clock clock) {
    this.api = api;
    this.poll = poll;
    this.clock = clock;
  }

  /**
   * Waits for {@code refs}.
   *
   * @param cancel returns a trigger ({@code Kind/ns/name}) once a new reconcile is pending, else
   *     null
   */
  void waitFor(List<ObjectRef> refs, Duration timeout, Supplier<String> cancel)
      throws HealthException, Canceled, InterruptedException {
    Instant deadline = clock.instant().plus(timeout);
    while (true) {
      Map<ObjectRef, Map<String, Object>> objects = new LinkedHashMap<>();
      Map<ObjectRef, KStatus.Result> results = new LinkedHashMap<>();
      for (ObjectRef r : refs) {
        Map<String, Object> o = null;
        KStatus.Result res;
        try {
          o = api.get(r);
          res = status(o);
        } catch (ApiException e) {
          res = new KStatus.Result(KStatus.Status.Unknown, e.getMessage());
        }
        objects.put(r, o);
        results.put(r, res);
      }
      List<String> failed = new ArrayList<>();
      List<String> pending = new ArrayList<>();
      results.forEach(
          (r, res) -> {
            if (res.status() == KStatus.Status.Failed) {
              failed.add(r.display() + " status: '" + res.status() + "'");
            } else if (res.status() != KStatus.Status.Current) {
              pending.add(r.display() + " status: '" + res.status() + "'");
            }
          });
      if (!failed.isEmpty()) {
        throw new HealthException(
            "failed early due to stalled resources: ["
                + String.join(", ", failed)
                + "]"
                + fluxDetails(objects));
      }
      if (pending.isEmpty()) {
        return;
      }
      if (!clock.instant().isBefore(deadline)) {
        throw new HealthException(
            "timeout waiting for: [" + String.join(", ", pending) + "]" + fluxDetails(objects));
      }
      sleep(deadline, cancel);
    }
  }

  private void sleep(Instant deadline, Supplier<String> cancel)
      throws Canceled, InterruptedException {
    Instant until = clock.instant().plus(poll);
    if (until.isAfter(deadline)) {
      until = deadline;
    }
    while (true) {
      String trigger = cancel.get();
      if (trigger != null) {
        throw new Canceled(trigger);
      }
      long left = Duration.between(clock.instant(), until).toMillis();
      if (left <= 0) {
        return;
      }
      Thread.sleep(Math.min(left, 50));
    }
  }

  /** kstatus, except the built-in Ready expression for the Flux Operator's own kinds. */
  static KStatus.Result status(Map<String, Object> o) {
    if (o == null) {
      return KStatus.compute(null);
    }
    String apiVersion = String.valueOf(o.get("apiVersion"));
    String kind = String.valueOf(o.get("kind"));
    if (DependencyChecker.isFluxOperatorKind(apiVersion, kind)) {
      if (KStatus.at(o, "metadata", "deletionTimestamp") != null) {
        return new KStatus.Result(KStatus.Status.Terminating, "Resource scheduled for deletion");
      }
      try {
        return DependencyChecker.builtIn().evaluate(o)
            ? KStatus.Result.current()
            : KStatus.Result.inProgress("Ready condition is not True");
      } catch (ReadyExpression.EvalException e) {
        return KStatus.Result.inProgress(e.getMessage());
      }
    }
    return KStatus.compute(o);
  }

  /**
   * A newline, then for every object whose API group ends with {@code .fluxcd.io} and whose Ready
   * condition is not True: {@code <Kind/ns/name> status: <Ready message>}, joined by newlines.
   */
  private static String fluxDetails(Map<ObjectRef, Map<String, Object>> objects) {
    List<String> lines = new ArrayList<>();
    objects.forEach(
        (r, o) -> {
          if (o == null || !r.group().endsWith(".fluxcd.io")) {
            return;
          }
          Map<String, Object> ready = KStatus.condition(o, "Ready");
          if (ready != null && !"True".equals(ready.get("status"))) {
            lines.add(r.display() + " status: " + ready.get("message"));
          }
        });
    return "\n" + String.join("\n", lines);
  }
}
