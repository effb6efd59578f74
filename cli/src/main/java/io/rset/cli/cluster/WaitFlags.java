package io.rset.cli.cluster;

import io.rset.cluster.access.ClusterObjects;
import io.rset.cluster.wait.Deadline;
import io.rset.cluster.wait.ObjectWait;
import io.rset.cluster.wait.Poller;
import io.rset.cluster.wait.TerminalProgress;
import io.rset.cluster.wait.Ticker;
import io.rset.cluster.wait.WaitProgress;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * How commands that wait poll: every 2s as the Flux Operator CLI (a hidden flag shortens it for
 * tests and impatient users), with a live progress line only when the process runs on a terminal.
 */
final class WaitFlags {
  @Option(
      names = "--poll-interval",
      hidden = true,
      defaultValue = "2s",
      description = "Time between two looks at the object while waiting.")
  String pollInterval = "2s";

  /** The wait for a command writing to out, bounded by deadline. */
  ObjectWait objectWait(ClusterObjects objects, Deadline deadline, PrintWriter out) {
    Duration interval = ClusterSession.duration("--poll-interval", pollInterval);
    WaitProgress progress =
        System.console() != null ? new TerminalProgress(out) : WaitProgress.NONE;
    return new ObjectWait(objects, new Poller(Ticker.system(), interval, deadline, progress));
  }
}
