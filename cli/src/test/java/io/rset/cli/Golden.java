package io.rset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden output files under {@code src/test/resources/golden}: {@code NAME.out} holds the expected
 * stdout and {@code NAME.err} the expected stderr of a run (a missing file means empty output).
 *
 * <p>Regenerate them with {@code ./mvnw -pl cli test -Dgolden.update=true}, then review the diff:
 * outputs of rendered templates must equal what Go prints (check with the gotmpl-oracle).
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  /** Asserts that run's stdout and stderr equal the golden files NAME.out and NAME.err. */
  static void assertMatches(String name, CliRun run) {
    check(DIR.resolve(name + ".out"), run.out());
    check(DIR.resolve(name + ".err"), run.err());
  }

  private static void check(Path file, String actual) {
    try {
      if (UPDATE) {
        if (actual.isEmpty()) {
          Files.deleteIfExists(file);
        } else {
          Files.createDirectories(file.getParent());
          Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        return;
      }
      String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      assertThat(actual).as("golden file %s", file).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
