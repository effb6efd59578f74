package io.rset.cli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rset platform build} end to end: stdout and stderr against golden files {@code
 * golden/platform-build-NAME.out|.err} ({@code -Dgolden.update=true} rewrites them for review).
 */
class PlatformBuildCommandTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final String OK = "src/test/resources/platform/ok";
  private static final String BROKEN = "src/test/resources/platform/broken";
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), out, err, args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void golden(String name, Run r) throws IOException {
    check(GOLDEN.resolve("platform-build-" + name + ".out"), r.out());
    check(GOLDEN.resolve("platform-build-" + name + ".err"), r.err());
  }

  private static void check(Path file, String actual) throws IOException {
    if (UPDATE) {
      if (actual.isEmpty()) {
        Files.deleteIfExists(file);
      } else {
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      return;
    }
    String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertThat(actual).as("golden file %s", file).isEqualTo(expected);
  }

  @Test
  void yamlWithConventionalVarsFiles() throws IOException {
    Run r = run("platform", "build", OK, "--strict");
    assertThat(r.exitCode()).as(r.err()).isZero();
    golden("ok", r);
  }

  @Test
  void jsonOutput() throws IOException {
    Run r = run("platform", "build", OK, "-o", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    golden("ok-json", r);
  }

  @Test
  void explicitVarsReplaceTheConvention() throws IOException {
    Run r = run("platform", "build", OK, "--vars", OK + "/versions.env", "--strict");
    assertThat(r.exitCode()).isEqualTo(1);
    golden("vars-missing", r);
  }

  @Test
  void everyProblemIsPrintedWithItsLocation() throws IOException {
    Run r = run("platform", "build", BROKEN, "--strict");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    golden("broken", r);
  }

  @Test
  void outDirectoryGetsOneFilePerObject(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("rendered");
    Run r = run("platform", "build", OK, "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("wrote 3 files to " + out + "\n");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              ".rset-platform-build",
              "configmap-flux-system-values.yaml",
              "helmrelease-flux-system-podinfo.yaml",
              "resourceset-flux-system-releases.yaml");
    }
    assertThat(Files.readString(out.resolve("helmrelease-flux-system-podinfo.yaml")))
        .contains("version: 6.7.1")
        .contains("replicaCount: 2");
  }

  @Test
  void outDirectoryWithOtherFilesIsRefused(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("keep.txt"), "x");
    Run r = run("platform", "build", OK, "--out", tmp.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "✗ "
                + tmp
                + ": directory is not empty and was not written by rset platform build (no"
                + " .rset-platform-build); refusing to write into it\n");
  }

  @Test
  void notADirectory() throws IOException {
    Run r = run("platform", "build", OK + "/releases.yaml");
    assertThat(r.exitCode()).isEqualTo(1);
    golden("not-a-directory", r);
  }

  @Test
  void usageErrors() throws IOException {
    Run r = run("platform", "build");
    assertThat(r.exitCode()).isEqualTo(2);
    golden("usage-no-dir", r);
    Run bad = run("platform", "build", OK, "-o", "xml");
    assertThat(bad.exitCode()).isEqualTo(2);
    golden("usage-bad-output", bad);
  }

  @Test
  void help() throws IOException {
    Run r = run("platform", "build", "--help");
    assertThat(r.exitCode()).isZero();
    golden("help", r);
  }
}
