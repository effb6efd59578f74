package io.rset.cluster.testing;

import io.rset.cluster.wait.StatusLines;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Status lines captured as text. */
public final class Printed {
  private final StringWriter text = new StringWriter();
  private final StatusLines lines = new StatusLines(new PrintWriter(text));

  public StatusLines lines() {
    return lines;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
