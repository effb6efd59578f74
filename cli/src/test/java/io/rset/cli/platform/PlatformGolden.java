package io.rset.cli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs rset in-process and compares stdout/stderr with {@code
 * src/test/resources/golden/platform/NAME.out} and {@code NAME.err} (a missing file means empty
 * output). {@code ./mvnw -pl cli test -Dgolden.update=true} rewrites them; review the diff.
 */
final class PlatformGolden {
  /** The fixtures of the platform module, as a user in cli/ would name them. */
  static final String FIXTURES = "../platform/src/test/resources/validate/";

  private static final Path DIR = Path.of("src/test/resources/golden/platform");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private PlatformGolden() {}

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), out, err, args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static void assertMatches(String name, Run run) {
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
