package io.rset.platform.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the top-level substitution variables come from when {@code --vars} is not given. */
public final class VarsFiles {
  private VarsFiles() {}

  /**
   * The conventional vars files of a platform directory: the regular files directly in {@code dir}
   * whose name ends in {@code .env} (dot-files included), sorted by name.
   */
  public static List<Path> discover(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".env"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
