package io.rset.cluster.testing;

import io.rset.cluster.mutate.ActionContext;
import io.rset.cluster.wait.Deadline;
import io.rset.cluster.wait.ObjectWait;
import io.rset.cluster.wait.Poller;
import io.rset.cluster.wait.WaitProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * An {@link ActionContext} on a mock cluster with a fake ticker (2s polls, the given timeout) and a
 * fixed wall clock, so every request token is {@value #TOKEN}.
 */
public final class Actions {
  /** The token every mutation of these tests writes. */
  public static final String TOKEN = "2025-07-15T10:11:00.123456789Z";

  public final FakeTicker ticker = new FakeTicker();
  public final Printed printed = new Printed();
  public final ActionContext context;

  public Actions(MockCluster cluster, Duration timeout) {
    Poller poller =
        new Poller(
            ticker, Duration.ofSeconds(2), Deadline.after(ticker, timeout), WaitProgress.NONE);
    context =
        new ActionContext(
            cluster.objects(),
            Clock.fixed(Instant.parse(TOKEN), ZoneOffset.UTC),
            printed.lines(),
            new ObjectWait(cluster.objects(), poller));
  }
}
