package io.rset.cluster.why;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/why/golden}. Regenerate with {@code ./mvnw -pl
 * cluster test -Dgolden.update=true} and review the diff.
 */
final class Golden {
  static final Path DIR = Path.of("src/test/resources/why/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  static void assertMatches(String file, String actual) {
    Path path = DIR.resolve(file);
    try {
      if (UPDATE) {
        Files.createDirectories(path.getParent());
        Files.writeString(path, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(Files.exists(path)).as("golden file %s exists", path).isTrue();
      assertThat(actual).as("golden file %s", path).isEqualTo(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
