package io.rset.platform.edit;

import java.nio.file.Path;
import java.util.List;

/**
 * The file changes {@code rset platform add} computed and checked, not yet written: shown as a
 * unified diff ({@code --dry-run}) or written atomically.
 */
public final class AddPlan {
  private final Path dir;
  private final List<FileChange> changes;

  AddPlan(Path dir, List<FileChange> changes) {
    this.dir = dir;
    this.changes = List.copyOf(changes);
  }

  /** The changes in the order they are shown and written. */
  public List<FileChange> changes() {
    return changes;
  }

  /** A unified diff of every change ({@code --- a/path}, {@code +++ b/path}). */
  public String diff() {
    StringBuilder b = new StringBuilder();
    for (FileChange c : changes) {
      b.append(UnifiedDiff.of(c.path(), c.before(), c.after()));
    }
    return b.toString();
  }

  /**
   * Writes every change: all or nothing (see {@link AtomicWrite}).
   *
   * @throws EditException when writing failed; the directory is then as it was
   */
  public void write() {
    AtomicWrite.apply(dir, changes);
  }
}
