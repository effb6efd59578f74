package io.rset.platform.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a set of file changes so that none is half-written: every new content first goes to a
 * temporary file beside its target, then each is moved over its target atomically. Before that,
 * every target must still hold the content the changes were computed from (or still be absent). If
 * a move fails, the targets already replaced get their old content back and created files are
 * removed.
 */
final class AtomicWrite {
  private AtomicWrite() {}

  /**
   * @throws EditException when a file changed since it was read, or writing failed (then the
   *     directory is as it was)
   */
  static void apply(Path dir, List<FileChange> changes) {
    try {
      for (FileChange c : changes) {
        requireUnchanged(dir.resolve(c.path()), c);
      }
    } catch (IOException e) {
      throw new EditException("cannot read: " + e.getMessage() + "; nothing was changed", e);
    }
    List<Path> temps = new ArrayList<>();
    List<Path> createdDirs = new ArrayList<>();
    try {
      for (FileChange c : changes) {
        Path target = dir.resolve(c.path());
        createDirectories(target.getParent(), createdDirs);
        Path tmp =
            Files.createTempFile(target.getParent(), "." + target.getFileName(), ".rset-tmp");
        temps.add(tmp);
        Files.writeString(tmp, c.after(), StandardCharsets.UTF_8);
        if (!c.created()) {
          copyPermissions(target, tmp);
        }
      }
    } catch (IOException e) {
      deleteQuietly(temps);
      deleteDirsQuietly(createdDirs);
      throw new EditException("cannot write: " + e.getMessage() + "; nothing was changed", e);
    }
    List<FileChange> done = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      FileChange c = changes.get(i);
      try {
        move(temps.get(i), dir.resolve(c.path()));
        done.add(c);
      } catch (IOException e) {
        deleteQuietly(temps.subList(i, temps.size()));
        String undone = rollBack(dir, done);
        deleteDirsQuietly(createdDirs);
        throw new EditException(
            "cannot write " + c.path() + ": " + e.getMessage() + "; " + undone, e);
      }
    }
  }

  private static void requireUnchanged(Path target, FileChange c) throws IOException {
    if (c.created()) {
      if (Files.exists(target)) {
        throw new EditException(c.path() + ": was created meanwhile; nothing was changed");
      }
      return;
    }
    String now = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : null;
    if (!c.before().equals(now)) {
      throw new EditException(c.path() + ": was changed meanwhile; nothing was changed");
    }
  }

  private static void createDirectories(Path d, List<Path> created) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = d; p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      Files.createDirectory(p);
      created.add(0, p);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void copyPermissions(Path from, Path to) {
    PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView dst = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (src == null || dst == null) {
      return;
    }
    try {
      dst.setPermissions(src.readAttributes().permissions());
    } catch (IOException e) {
      // the default permissions of a new file are acceptable
    }
  }

  /** Restores the files written so far; says what could not be restored. */
  private static String rollBack(Path dir, List<FileChange> done) {
    List<String> failed = new ArrayList<>();
    for (FileChange c : done) {
      Path target = dir.resolve(c.path());
      try {
        if (c.created()) {
          Files.deleteIfExists(target);
        } else {
          Path tmp =
              Files.createTempFile(target.getParent(), "." + target.getFileName(), ".rset-tmp");
          Files.writeString(tmp, c.before(), StandardCharsets.UTF_8);
          move(tmp, target);
        }
      } catch (IOException | RuntimeException e) {
        failed.add(c.path());
      }
    }
    return failed.isEmpty()
        ? "the files written before were restored"
        : "could not restore " + String.join(", ", failed);
  }

  private static void deleteQuietly(List<Path> paths) {
    for (Path p : paths) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // best effort: a stray temporary file is harmless
      }
    }
  }

  private static void deleteDirsQuietly(List<Path> dirs) {
    for (Path d : dirs) {
      try {
        Files.deleteIfExists(d);
      } catch (IOException e) {
        // not empty or gone: leave it
      }
    }
  }
}
