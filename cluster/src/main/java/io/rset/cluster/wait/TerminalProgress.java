package io.rset.cluster.wait;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * A single live line on a terminal, rewritten in place with a carriage return and an ANSI
 * erase-line: {@code 12s Unknown Progressing: Applying step 2/3 "app-deploy"}. Long states are cut
 * so the line never wraps (a wrapped line could not be rewritten).
 */
public final class TerminalProgress implements WaitProgress {
  private static final String ERASE = "\r\u001b[2K";
  private static final int MAX_WIDTH = 100;

  private final PrintWriter out;
  private boolean shown;

  public TerminalProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void show(Duration elapsed, String state) {
    String line = "  " + elapsed.toSeconds() + "s  " + state.replace('\n', ' ');
    if (line.codePointCount(0, line.length()) > MAX_WIDTH) {
      line = line.substring(0, line.offsetByCodePoints(0, MAX_WIDTH - 1)) + "…";
    }
    out.print(ERASE + line);
    out.flush();
    shown = true;
  }

  @Override
  public void clear() {
    if (shown) {
      out.print(ERASE);
      out.flush();
      shown = false;
    }
  }
}
