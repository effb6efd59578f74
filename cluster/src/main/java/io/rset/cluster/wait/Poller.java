package io.rset.cluster.wait;

import io.rset.cluster.ClusterException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The poll loop of every wait: look now, then every interval until the command's deadline, as Go's
 * {@code wait.PollUntilContextTimeout} with an immediate first check. The deadline is not checked
 * again after the last sleep: reaching it is a timeout.
 */
public final class Poller {
  /** The Flux Operator CLI's poll interval. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

  private final Ticker ticker;
  private final Duration interval;
  private final Deadline deadline;
  private final WaitProgress progress;

  public Poller(Ticker ticker, Duration interval, Deadline deadline, WaitProgress progress) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("poll interval must be positive: " + interval);
    }
    this.ticker = ticker;
    this.interval = interval;
    this.deadline = deadline;
    this.progress = progress;
  }

  /**
   * Looks until look gives {@link Verdict.Done} (returned) or {@link Verdict.Failed} (thrown as a
   * {@link ClusterException}); at the deadline throws a ClusterException with timeoutMessage.
   * Errors thrown by look end the wait at once.
   */
  public Verdict.Done until(Supplier<Verdict> look, String timeoutMessage) {
    long start = ticker.nanoTime();
    try {
      while (true) {
        Verdict v = look.get();
        if (v instanceof Verdict.Done done) {
          return done;
        }
        if (v instanceof Verdict.Failed failed) {
          throw new ClusterException(failed.message());
        }
        progress.show(Duration.ofNanos(ticker.nanoTime() - start), ((Verdict.Pending) v).state());
        Duration left = deadline.remaining();
        if (left.isZero()) {
          throw new ClusterException(timeoutMessage);
        }
        ticker.sleep(left.compareTo(interval) < 0 ? left : interval);
        if (deadline.expired() || Thread.currentThread().isInterrupted()) {
          throw new ClusterException(timeoutMessage);
        }
      }
    } finally {
      progress.clear();
    }
  }
}
