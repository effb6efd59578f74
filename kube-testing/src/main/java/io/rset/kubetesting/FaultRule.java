package io.rset.kubetesting;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A fault the mock server injects into requests matching a method and a path pattern: an error
 * response (500, 409, 503 …) returned instead of processing the request, or a delay added to the
 * response of a request that <em>is</em> processed (so a client with a shorter timeout sees a
 * timeout although the write happened — the hardest case for a controller).
 *
 * <p>Build with {@link #on(String, String)}, choose which of the matching requests fail ({@link
 * Builder#nth}, {@link Builder#first}, {@link Builder#always}) and finish with an action:
 *
 * <pre>{@code
 * cluster.faults().add(FaultRule.on("PATCH", "/api/v1/namespaces/[^/]+/configmaps/[^/]+").nth(2).respond(500));
 * cluster.faults().add(FaultRule.on("DELETE", ".*").always().conflict());
 * cluster.faults().add(FaultRule.on("PATCH", "[^?]+/status").first(3).delay(Duration.ofSeconds(2)));
 * }</pre>
 *
 * <p>Matching requests are counted per rule (1-based) in arrival order, whether or not the rule
 * fires; {@link #hits()} tells how many times it fired.
 */
public final class FaultRule {
  /** What happens to a faulted request. */
  public sealed interface Action permits Respond, Delay {}

  /**
   * Answer with this HTTP code and a Kubernetes {@code Status} body; the request is not processed.
   */
  public record Respond(int code, String reason, String message) implements Action {}

  /** Process the request normally, then hold the response back for {@code delay}. */
  public record Delay(Duration delay) implements Action {}

  private final String method;
  private final Pattern path;
  private final Predicate<RecordedCall> when;
  private final long start;
  private final long count;
  private final Action action;
  private final AtomicInteger seen = new AtomicInteger();
  private final AtomicInteger hits = new AtomicInteger();

  private FaultRule(Builder b, Action action) {
    this.method = b.method;
    this.path = b.path;
    this.when = b.when;
    this.start = b.start;
    this.count = b.count;
    this.action = action;
  }

  /**
   * Starts a rule for requests with this method ({@code null} or {@code "*"} for any) whose path
   * (without query) matches the regular expression completely.
   */
  public static Builder on(String method, String pathRegex) {
    return new Builder(method, pathRegex);
  }

  /** How many times the rule fired. */
  public int hits() {
    return hits.get();
  }

  /** The action taken when the rule fires. */
  public Action action() {
    return action;
  }

  /** Counts a request against the rule; returns the action when this request is faulted. */
  Action apply(RecordedCall call) {
    if (method != null && !method.equalsIgnoreCase(call.method())) {
      return null;
    }
    if (!path.matcher(call.path()).matches() || !when.test(call)) {
      return null;
    }
    long n = seen.incrementAndGet();
    if (n >= start && n - start < count) {
      hits.incrementAndGet();
      return action;
    }
    return null;
  }

  @Override
  public String toString() {
    return (method == null ? "*" : method) + " " + path + " -> " + action;
  }

  /** Chooses the faulted requests among the matching ones, then the action. */
  public static final class Builder {
    private final String method;
    private final Pattern path;
    private Predicate<RecordedCall> when = c -> true;
    private long start = 1;
    private long count = Long.MAX_VALUE;

    private Builder(String method, String pathRegex) {
      this.method = method == null || method.equals("*") ? null : method;
      this.path = Pattern.compile(Objects.requireNonNull(pathRegex));
    }

    /**
     * Narrows the matching requests further, e.g. {@code RecordedCall::isDryRun} or its negation.
     */
    public Builder when(Predicate<RecordedCall> predicate) {
      this.when = this.when.and(predicate);
      return this;
    }

    /** Only the n-th matching request (1-based) is faulted. */
    public Builder nth(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("n must be at least 1");
      }
      this.start = n;
      this.count = 1;
      return this;
    }

    /** The first k matching requests are faulted. */
    public Builder first(int k) {
      this.start = 1;
      this.count = k;
      return this;
    }

    /** Every matching request is faulted (the default). */
    public Builder always() {
      this.start = 1;
      this.count = Long.MAX_VALUE;
      return this;
    }

    /** Answers with {@code code} and a Status body whose reason fits the code. */
    public FaultRule respond(int code) {
      return respond(code, "injected fault (HTTP " + code + ")");
    }

    /** Answers with {@code code} and a Status body carrying {@code message}. */
    public FaultRule respond(int code, String message) {
      return new FaultRule(this, new Respond(code, reasonOf(code), message));
    }

    /** HTTP 500 InternalError. */
    public FaultRule serverError() {
      return respond(500);
    }

    /** HTTP 409 Conflict, worded as the API server words optimistic-lock failures. */
    public FaultRule conflict() {
      return respond(
          409,
          "Operation cannot be fulfilled: the object has been modified; please apply your changes"
              + " to the latest version and try again");
    }

    /** Processes the request, then delays the response by {@code delay}. */
    public FaultRule delay(Duration delay) {
      return new FaultRule(this, new Delay(delay));
    }
  }

  static String reasonOf(int code) {
    return switch (code) {
      case 400 -> "BadRequest";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "NotFound";
      case 409 -> "Conflict";
      case 410 -> "Expired";
      case 422 -> "Invalid";
      case 429 -> "TooManyRequests";
      case 503 -> "ServiceUnavailable";
      case 504 -> "Timeout";
      default -> "InternalError";
    };
  }
}
