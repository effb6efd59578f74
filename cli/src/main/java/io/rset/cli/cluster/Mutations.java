package io.rset.cli.cluster;

import io.rset.cluster.mutate.ActionContext;
import io.rset.cluster.wait.StatusLines;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;

/** Builds the {@link ActionContext} of a mutating command: system clock, stdout, its waits. */
final class Mutations {
  private Mutations() {}

  static ActionContext context(CommandSpec spec, ClusterSession session, WaitFlags waitFlags) {
    PrintWriter out = spec.commandLine().getOut();
    return new ActionContext(
        session.objects(),
        Clock.systemDefaultZone(),
        new StatusLines(out),
        waitFlags.objectWait(session.objects(), session.deadline(), out));
  }
}
