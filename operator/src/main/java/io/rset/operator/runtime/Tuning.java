package io.rset.operator.runtime;

import io.rset.core.time.GoDuration;
import java.time.Duration;
import java.util.Objects;

/**
 * The operator's timing and watch flags (spec §4.16), with Flux's defaults.
 *
 * @param intervalJitterPercent {@code --interval-jitter-percentage}: ± jitter of the success
 *     requeue, 0–100 (default 5)
 * @param watchConfigsLabelSelector {@code --watch-configs-label-selector}: the ConfigMaps and
 *     Secrets whose changes trigger reconciles (default {@code reconcile.fluxcd.io/watch=Enabled});
 *     empty disables those watches
 * @param minRetryDelay {@code --min-retry-delay}: first retry after a failed reconcile (750ms)
 * @param maxRetryDelay {@code --max-retry-delay}: the cap of the doubling retry delay (15m)
 */
public record Tuning(
    int intervalJitterPercent,
    String watchConfigsLabelSelector,
    Duration minRetryDelay,
    Duration maxRetryDelay) {
  public static final Tuning DEFAULTS =
      new Tuning(
          5, "reconcile.fluxcd.io/watch=Enabled", Duration.ofMillis(750), Duration.ofMinutes(15));

  public Tuning {
    Objects.requireNonNull(minRetryDelay);
    Objects.requireNonNull(maxRetryDelay);
    watchConfigsLabelSelector = watchConfigsLabelSelector == null ? "" : watchConfigsLabelSelector;
    if (intervalJitterPercent < 0 || intervalJitterPercent > 100) {
      throw new IllegalArgumentException(
          "--interval-jitter-percentage must be between 0 and 100, got " + intervalJitterPercent);
    }
    if (minRetryDelay.isNegative() || minRetryDelay.isZero()) {
      throw new IllegalArgumentException(
          "--min-retry-delay must be positive, got " + GoDuration.format(minRetryDelay));
    }
    if (maxRetryDelay.compareTo(minRetryDelay) < 0) {
      throw new IllegalArgumentException(
          "--max-retry-delay ("
              + GoDuration.format(maxRetryDelay)
              + ") must not be shorter than --min-retry-delay ("
              + GoDuration.format(minRetryDelay)
              + ")");
    }
  }
}
