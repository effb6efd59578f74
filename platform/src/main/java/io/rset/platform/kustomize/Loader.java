package io.rset.platform.kustomize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * kustomize's file loader with the default load restrictor (LoadRestrictionsRootOnly): files are
 * read only in or below the kustomization root (symbolic links resolved); other kustomization
 * directories may be anywhere, but not an ancestor of (or equal to) a root on the way to them,
 * which is how kustomize detects cycles.
 *
 * @param root the kustomization directory, absolute, symbolic links resolved
 * @param referrer the loader of the kustomization that included this one, or null
 */
record Loader(Path root, Loader referrer) {
  static final List<String> KUSTOMIZATION_FILES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  /** A file the restrictor refuses or that cannot be read. */
  static final class LoadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Whether the path does not exist at all (as opposed to being refused or unreadable). */
    final boolean missing;

    LoadException(String message, boolean missing) {
      super(message, null, false, false);
      this.missing = missing;
    }
  }

  /** The root loader of a build. */
  static Loader at(Path dir) throws LoadException {
    return new Loader(confirmDir(dir), null);
  }

  private static Path confirmDir(Path dir) throws LoadException {
    try {
      Path real = dir.toAbsolutePath().normalize().toRealPath();
      if (!Files.isDirectory(real)) {
        throw new LoadException("'" + dir + "' is not a directory", false);
      }
      return real;
    } catch (NoSuchFileException e) {
      throw new LoadException("'" + dir + "' does not exist", true);
    } catch (IOException e) {
      throw new LoadException("cannot read '" + dir + "': " + e.getMessage(), false);
    }
  }

  /** The absolute, symlink-free form of a path relative to the root (no restriction applied). */
  Path resolve(String path) {
    return root.resolve(path).normalize();
  }

  boolean isDirectory(String path) {
    return Files.isDirectory(resolve(path));
  }

  /**
   * Reads a file with the root-only restriction.
   *
   * @throws LoadException when the file does not exist, is a directory, lies outside the root or
   *     cannot be read
   */
  byte[] load(String path) throws LoadException {
    Path abs = Path.of(path).isAbsolute() ? Path.of(path) : root.resolve(path);
    Path real;
    try {
      real = abs.toRealPath();
    } catch (NoSuchFileException e) {
      throw new LoadException("no such file or directory: " + abs.normalize(), true);
    } catch (IOException e) {
      throw new LoadException("cannot read " + abs.normalize() + ": " + e.getMessage(), false);
    }
    if (Files.isDirectory(real)) {
      throw new LoadException("'" + abs.normalize() + "' must resolve to a file", false);
    }
    if (!real.getParent().startsWith(root)) {
      throw new LoadException(
          "security; file '"
              + abs.normalize()
              + "' is not in or below '"
              + root
              + "' (kustomize's load restrictor allows only files in or below the"
              + " kustomization directory)",
          false);
    }
    try {
      return Files.readAllBytes(real);
    } catch (IOException e) {
      throw new LoadException("cannot read " + real + ": " + e.getMessage(), false);
    }
  }

  /**
   * The loader of a kustomization directory named relative to this root.
   *
   * @throws LoadException when the path is empty, absolute, not a directory, or a cycle
   */
  Loader child(String path) throws LoadException {
    if (path.isEmpty()) {
      throw new LoadException("new root cannot be empty", false);
    }
    if (Path.of(path).isAbsolute()) {
      throw new LoadException("new root '" + path + "' cannot be absolute", false);
    }
    Path dir = confirmDir(root.resolve(path));
    for (Loader l = this; l != null; l = l.referrer) {
      if (l.root.startsWith(dir)) {
        throw new LoadException(
            "cycle detected: candidate root '" + dir + "' contains visited root '" + l.root + "'",
            false);
      }
    }
    return new Loader(dir, this);
  }

  /**
   * The kustomization file of this root: exactly one of kustomization.yaml, kustomization.yml,
   * Kustomization must exist.
   */
  Path kustomizationFile() throws LoadException {
    Path found = null;
    int count = 0;
    for (String name : KUSTOMIZATION_FILES) {
      Path p = root.resolve(name);
      if (Files.isRegularFile(p)) {
        found = p;
        count++;
      }
    }
    if (count == 0) {
      throw new LoadException(
          "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in"
              + " directory '"
              + root
              + "'",
          true);
    }
    if (count > 1) {
      throw new LoadException("Found multiple kustomization files under: " + root, false);
    }
    return found;
  }
}
