package io.rset.cluster.wait;

import java.time.Duration;

/** The end of a command's {@code --timeout}, measured on a {@link Ticker}. */
public final class Deadline {
  private final Ticker ticker;
  private final long start;
  private final long end;

  private Deadline(Ticker ticker, Duration timeout) {
    this.ticker = ticker;
    this.start = ticker.nanoTime();
    this.end = start + timeout.toNanos();
  }

  /** A deadline timeout from now. */
  public static Deadline after(Ticker ticker, Duration timeout) {
    return new Deadline(ticker, timeout);
  }

  /** Time left, never negative. */
  public Duration remaining() {
    return Duration.ofNanos(Math.max(0, end - ticker.nanoTime()));
  }

  /** Whether the deadline has passed. */
  public boolean expired() {
    return ticker.nanoTime() >= end;
  }

  /** Time since the deadline was started. */
  public Duration elapsed() {
    return Duration.ofNanos(ticker.nanoTime() - start);
  }
}
