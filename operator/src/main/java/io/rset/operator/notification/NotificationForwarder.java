package io.rset.operator.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts events to Flux's notification-controller ({@code POST <address>} with the JSON of {@link
 * FluxEvent}), retrying as Flux does ({@link RetryPolicy}).
 *
 * <p>Delivery runs on one background thread in the order events were forwarded, so a reconcile
 * never waits for notification-controller. At most {@value #QUEUE_CAPACITY} events wait; more are
 * dropped. Failures are logged at debug and never reach the caller.
 */
public final class NotificationForwarder implements EventForwarder, AutoCloseable {
  static final int QUEUE_CAPACITY = 1024;
  private static final Logger LOG = LoggerFactory.getLogger(NotificationForwarder.class);

  private final Supplier<URI> address;
  private final RetryPolicy retry;
  private final ThreadPoolExecutor worker;
  private volatile HttpClient http; // created on first delivery, used by the worker thread only

  /**
   * A forwarder to the address {@code address} supplies at delivery time (null: drop the event).
   */
  public NotificationForwarder(Supplier<URI> address, RetryPolicy retry) {
    this.address = Objects.requireNonNull(address);
    this.retry = Objects.requireNonNull(retry);
    this.worker =
        new ThreadPoolExecutor(
            1,
            1,
            1,
            TimeUnit.MINUTES,
            new LinkedBlockingQueue<>(QUEUE_CAPACITY),
            r -> {
              Thread t = new Thread(r, "rset-notification-forwarder");
              t.setDaemon(true);
              return t;
            },
            (r, p) -> {
              throw new RejectedExecutionException();
            });
    worker.allowCoreThreadTimeOut(true); // no idle thread while nothing is forwarded
  }

  @Override
  public void forward(FluxEvent event) {
    try {
      worker.execute(() -> deliver(event));
    } catch (RejectedExecutionException e) {
      LOG.debug("notification queue full or closed, event {} dropped", event.reason());
    }
  }

  private void deliver(FluxEvent event) {
    URI to;
    try {
      to = address.get();
    } catch (RuntimeException e) {
      LOG.debug("no notification-controller address: {}", e.toString());
      return;
    }
    if (to == null) {
      return;
    }
    if (http == null) {
      http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(retry.timeout())
              .build();
    }
    String body = event.toJson();
    for (int attempt = 0; ; attempt++) {
      int status = 0;
      String retryAfter = null;
      String failure;
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(to)
                    .timeout(retry.timeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        status = response.statusCode();
        if (!RetryPolicy.retryable(status)) {
          if (status >= 400 && status != 429) {
            LOG.debug("notification-controller answered {} to event {}", status, event.reason());
          }
          return;
        }
        retryAfter = response.headers().firstValue("Retry-After").orElse(null);
        failure = "HTTP " + status;
      } catch (IOException e) {
        failure = e.toString();
      } catch (IllegalArgumentException e) {
        LOG.debug("cannot post event {} to {}: {}", event.reason(), to, e.getMessage());
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (attempt + 1 >= retry.attempts()) {
        LOG.debug(
            "unable to record event {} at {} after {} attempts: {}",
            event.reason(),
            to,
            retry.attempts(),
            failure);
        return;
      }
      if (!sleep(retry.backoff(attempt, status, retryAfter))) {
        return;
      }
    }
  }

  private static boolean sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Stops delivering; events still waiting are dropped. */
  @Override
  public void close() {
    worker.shutdownNow();
  }
}
