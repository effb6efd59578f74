package io.rset.cluster.wait;

import java.io.PrintWriter;

/**
 * The status lines of the Flux Operator CLI: {@code ► } action triggered, {@code ◎ } waiting,
 * {@code ✔ } done. Each line is flushed at once so it shows before a wait starts.
 */
public final class StatusLines {
  private final PrintWriter out;

  public StatusLines(PrintWriter out) {
    this.out = out;
  }

  /** {@code ► text}. */
  public void action(String text) {
    print("► " + text);
  }

  /** {@code ◎ text}. */
  public void waiting(String text) {
    print("◎ " + text);
  }

  /** {@code ✔ text}. */
  public void done(String text) {
    print("✔ " + text);
  }

  /** The writer the lines go to (for the progress line). */
  public PrintWriter writer() {
    return out;
  }

  private void print(String line) {
    out.println(line);
    out.flush();
  }
}
