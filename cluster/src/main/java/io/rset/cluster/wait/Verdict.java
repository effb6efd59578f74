package io.rset.cluster.wait;

/** What one look at an object says about a wait: done, keep waiting, or give up. */
public sealed interface Verdict {
  /** The wait is over; message is printed after {@code ✔}. */
  record Done(String message) implements Verdict {}

  /** Keep polling; state says what is awaited (for the progress line). */
  record Pending(String state) implements Verdict {}

  /** The wait fails with message, before the timeout. */
  record Failed(String message) implements Verdict {}
}
