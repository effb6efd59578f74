package io.rset.cluster.testing;

import io.rset.cluster.wait.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A ticker whose sleeps only advance its clock, and which runs a scripted action after each sleep
 * (the controller's work between two polls), so waits run instantly and deterministically.
 */
public final class FakeTicker implements Ticker {
  private long now = 1_000_000_000L;
  private int sleeps;
  private final List<Duration> slept = new ArrayList<>();
  private IntConsumer afterSleep = n -> {};

  @Override
  public long nanoTime() {
    return now;
  }

  @Override
  public void sleep(Duration d) {
    now += d.toNanos();
    slept.add(d);
    afterSleep.accept(++sleeps);
  }

  /** Runs action with the number of the sleep (1, 2, …) after each sleep. */
  public FakeTicker afterSleep(IntConsumer action) {
    this.afterSleep = action;
    return this;
  }

  /** The sleeps so far. */
  public List<Duration> slept() {
    return slept;
  }
}
