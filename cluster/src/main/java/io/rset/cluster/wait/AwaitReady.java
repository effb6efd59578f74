package io.rset.cluster.wait;

import io.rset.cluster.access.ObjectRef;
import java.util.Locale;

/**
 * {@code wait} (§6.7): announce, wait for readiness without a request token (a missing object is
 * awaited), print the Ready message.
 */
public final class AwaitReady {
  private AwaitReady() {}

  /** Waits for ref, printing {@code ◎ Waiting for <kind> to become ready...} and the result. */
  public static void run(StatusLines lines, ObjectWait wait, ObjectRef ref) {
    lines.waiting(
        "Waiting for " + ref.kind().kind().toLowerCase(Locale.ROOT) + " to become ready...");
    lines.done(wait.ready(ref, null));
  }
}
