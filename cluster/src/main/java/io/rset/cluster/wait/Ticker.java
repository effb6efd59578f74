package io.rset.cluster.wait;

import java.time.Duration;

/** A monotonic clock that can sleep; tests use a fake one so waits take no real time. */
public interface Ticker {
  /** Monotonic nanoseconds. */
  long nanoTime();

  /** Sleeps for d (or returns early when interrupted, restoring the interrupt flag). */
  void sleep(Duration d);

  /** The system's monotonic clock and {@link Thread#sleep}. */
  static Ticker system() {
    return new Ticker() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleep(Duration d) {
        try {
          Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }
}
