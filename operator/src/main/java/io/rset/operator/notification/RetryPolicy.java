package io.rset.operator.notification;

import java.time.Duration;

/**
 * How a POST to notification-controller is retried, as Flux's recorder does with
 * hashicorp/go-retryablehttp: connection errors and 5xx responses (but 501) are retried with an
 * exponential backoff; a 429 (notification-controller's answer to a duplicate event) is not.
 *
 * @param attempts total attempts, the first included (Flux: 1 + 4 retries)
 * @param minWait wait before the first retry, doubled for each further retry (Flux: 1s)
 * @param maxWait cap of a wait, also of a 503's {@code Retry-After} (Flux: 30s)
 * @param timeout timeout of one attempt (Flux: 5s)
 */
public record RetryPolicy(int attempts, Duration minWait, Duration maxWait, Duration timeout) {
  /** Flux's settings. */
  public static final RetryPolicy FLUX =
      new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(5));

  public RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
    }
  }

  /** Whether a response with this status is tried again. */
  static boolean retryable(int status) {
    return status == 0 || (status >= 500 && status != 501);
  }

  /**
   * The wait before retry number {@code retry} (0 for the first): {@code minWait × 2^retry} capped
   * at {@code maxWait}, or the {@code Retry-After} seconds of a 503 when given.
   */
  Duration backoff(int retry, int status, String retryAfter) {
    if (status == 503 && retryAfter != null) {
      try {
        long seconds = Long.parseLong(retryAfter.strip());
        if (seconds >= 0) {
          return min(Duration.ofSeconds(seconds), maxWait);
        }
      } catch (NumberFormatException e) {
        // not a number of seconds: the exponential backoff applies
      }
    }
    long factor = 1L << Math.min(retry, 30);
    Duration wait;
    try {
      wait = minWait.multipliedBy(factor);
    } catch (ArithmeticException e) {
      wait = maxWait;
    }
    return min(wait, maxWait);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
