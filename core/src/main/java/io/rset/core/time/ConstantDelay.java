package io.rset.core.time;

import java.time.Duration;
import java.time.Instant;

/**
 * robfig's {@code ConstantDelaySchedule} behind {@code @every <duration>}: the delay is at least a
 * second and whole seconds (sub-second parts dropped); activations fall on whole seconds.
 */
record ConstantDelay(Duration delay) implements CronSchedule.Activations {
  static ConstantDelay every(Duration d) {
    Duration atLeastSecond = d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d;
    return new ConstantDelay(atLeastSecond.minusNanos(atLeastSecond.getNano()));
  }

  @Override
  public Instant next(Instant after) {
    return after.plus(delay).minusNanos(after.getNano());
  }
}
