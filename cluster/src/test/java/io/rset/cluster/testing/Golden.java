package io.rset.cluster.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden output files under {@code src/test/resources/golden}; regenerate them with {@code ./mvnw
 * -pl cluster test -Dgolden.update=true} and review the diff.
 */
public final class Golden {
  private static final Path DIR = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  /**
   * The text with every {@code creationTimestamp} and {@code uid} value (set by the mock server
   * from the clock and a JVM-wide counter) replaced.
   */
  public static String withoutCreationTimestamps(String text) {
    return text.replaceAll("(\"?creationTimestamp\"?: )\"[^\"]*\"", "$1\"<creationTimestamp>\"")
        .replaceAll("(\"?uid\"?: )\"?[0-9a-f-]{36}\"?", "$1<uid>");
  }

  /** Asserts that actual equals the golden file NAME. */
  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(Files.exists(file)).as("golden file %s exists", file).isTrue();
      assertThat(actual).as("golden file %s", file).isEqualTo(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
