package io.rset.cluster.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.cluster.ClusterException;
import io.rset.cluster.testing.FakeTicker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollerTest {
  private final FakeTicker ticker = new FakeTicker();

  @Test
  void looksAtOnceThenEveryIntervalUntilDone() {
    AtomicInteger looks = new AtomicInteger();
    Poller p =
        new Poller(
            ticker,
            Duration.ofSeconds(2),
            Deadline.after(ticker, Duration.ofMinutes(1)),
            WaitProgress.NONE);
    Verdict.Done d =
        p.until(
            () ->
                looks.incrementAndGet() < 3
                    ? new Verdict.Pending("not yet")
                    : new Verdict.Done("ok"),
            "timeout");
    assertThat(d.message()).isEqualTo("ok");
    assertThat(ticker.slept()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void timesOutAtTheDeadlineWithTheLastSleepShortened() {
    Poller p =
        new Poller(
            ticker,
            Duration.ofSeconds(2),
            Deadline.after(ticker, Duration.ofSeconds(5)),
            WaitProgress.NONE);
    assertThatThrownBy(() -> p.until(() -> new Verdict.Pending("x"), "timed out waiting for a/b"))
        .isInstanceOf(ClusterException.class)
        .hasMessage("timed out waiting for a/b");
    assertThat(ticker.slept())
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
  }

  @Test
  void failedEndsTheWaitWithItsMessage() {
    Poller p =
        new Poller(
            ticker,
            Duration.ofSeconds(2),
            Deadline.after(ticker, Duration.ofSeconds(5)),
            WaitProgress.NONE);
    assertThatThrownBy(() -> p.until(() -> new Verdict.Failed("Reason: msg"), "t"))
        .hasMessage("Reason: msg");
    assertThat(ticker.slept()).isEmpty();
  }

  @Test
  void progressShowsEachPendingStateAndIsClearedAtTheEnd() {
    List<String> events = new ArrayList<>();
    WaitProgress recording =
        new WaitProgress() {
          @Override
          public void show(Duration elapsed, String state) {
            events.add(elapsed.toSeconds() + "s " + state);
          }

          @Override
          public void clear() {
            events.add("clear");
          }
        };
    AtomicInteger looks = new AtomicInteger();
    new Poller(
            ticker, Duration.ofSeconds(2), Deadline.after(ticker, Duration.ofMinutes(1)), recording)
        .until(
            () ->
                looks.incrementAndGet() < 3
                    ? new Verdict.Pending("look " + looks.get())
                    : new Verdict.Done("ok"),
            "t");
    assertThat(events).containsExactly("0s look 1", "2s look 2", "clear");
  }

  @Test
  void terminalProgressRewritesOneLineAndErasesIt() {
    StringWriter text = new StringWriter();
    TerminalProgress tp = new TerminalProgress(new PrintWriter(text));
    tp.show(Duration.ofSeconds(4), "Unknown Progressing: Reconciliation in progress");
    tp.show(Duration.ofSeconds(6), "x".repeat(200));
    tp.clear();
    tp.clear();
    String erase = "\r\u001b[2K";
    assertThat(text.toString())
        .isEqualTo(
            erase
                + "  4s  Unknown Progressing: Reconciliation in progress"
                + erase
                + "  6s  "
                + "x".repeat(93)
                + "…"
                + erase);
  }

  @Test
  void rejectsANonPositiveInterval() {
    assertThatThrownBy(
            () ->
                new Poller(
                    ticker,
                    Duration.ZERO,
                    Deadline.after(ticker, Duration.ofSeconds(1)),
                    WaitProgress.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
