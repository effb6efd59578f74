package io.rset.operator.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Flux's retry rules (go-retryablehttp with Flux's duplicate-event exception). */
class RetryPolicyTest {
  @Test
  void fluxSettings() {
    assertThat(RetryPolicy.FLUX)
        .isEqualTo(
            new RetryPolicy(
                5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(5)));
  }

  @Test
  void connectionErrorsAndServerErrorsButNotImplementedAreRetried() {
    assertThat(RetryPolicy.retryable(0)).isTrue();
    assertThat(RetryPolicy.retryable(500)).isTrue();
    assertThat(RetryPolicy.retryable(502)).isTrue();
    assertThat(RetryPolicy.retryable(503)).isTrue();
    assertThat(RetryPolicy.retryable(501)).isFalse();
    assertThat(RetryPolicy.retryable(429)).isFalse(); // a duplicate event
    assertThat(RetryPolicy.retryable(400)).isFalse();
    assertThat(RetryPolicy.retryable(202)).isFalse();
    assertThat(RetryPolicy.retryable(200)).isFalse();
  }

  @Test
  void exponentialBackoffCapped() {
    RetryPolicy p = RetryPolicy.FLUX;
    assertThat(p.backoff(0, 500, null)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.backoff(1, 500, null)).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.backoff(3, 0, null)).isEqualTo(Duration.ofSeconds(8));
    assertThat(p.backoff(5, 500, null)).isEqualTo(Duration.ofSeconds(30));
    assertThat(p.backoff(62, 500, null)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void retryAfterOfA503() {
    RetryPolicy p = RetryPolicy.FLUX;
    assertThat(p.backoff(0, 503, "7")).isEqualTo(Duration.ofSeconds(7));
    assertThat(p.backoff(0, 503, "3600")).isEqualTo(Duration.ofSeconds(30));
    assertThat(p.backoff(1, 503, "soon")).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.backoff(1, 500, "7")).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void atLeastOneAttempt() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
        .hasMessage("attempts must be at least 1, got 0");
  }
}
