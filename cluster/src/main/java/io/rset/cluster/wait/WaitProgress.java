package io.rset.cluster.wait;

import java.time.Duration;

/**
 * Where a wait reports what it is waiting for between polls. Only a terminal shows it ({@link
 * TerminalProgress}); pipes, files and tests get {@link #NONE}, so their output holds only the
 * status lines.
 */
public interface WaitProgress {
  /** Reports nothing. */
  WaitProgress NONE =
      new WaitProgress() {
        @Override
        public void show(Duration elapsed, String state) {}

        @Override
        public void clear() {}
      };

  /** Shows the state observed after elapsed time, replacing the previous report. */
  void show(Duration elapsed, String state);

  /** Removes the report before the final status line is printed. */
  void clear();
}
