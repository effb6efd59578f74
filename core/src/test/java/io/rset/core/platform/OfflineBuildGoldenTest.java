package io.rset.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Builds every fixture under {@code src/test/resources/testdata/resourceset} and compares with the
 * golden files the Go oracle produced ({@code generate.sh} there): the CLI's YAML text and the
 * objects as JSON byte for byte, or the error message.
 *
 * <p>{@code -Dgolden.update=true} rewrites the golden files from rset's output instead, to review a
 * change as a diff; the oracle stays the truth ({@code generate.sh} restores its files).
 */
class OfflineBuildGoldenTest {
  static final Path DIR = Path.of("src/test/resources/testdata/resourceset");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(DIR)) {
      cases = s.filter(p -> Files.exists(p.resolve("rset.yaml"))).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThan(50);
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  static BuildRequest request(Path dir) {
    Path ns = dir.resolve("namespace");
    return new BuildRequest(
        Source.readManifest(dir.resolve("rset.yaml").toString()),
        optional(dir.resolve("inputs.yaml"), "error reading inputs file"),
        optional(
            dir.resolve("providers.yaml"), "error loading providers from file: error reading file"),
        Files.exists(ns) ? read(ns).lines().findFirst().orElse("") : "default");
  }

  private static Source optional(Path p, String prefix) {
    return Files.exists(p) ? Source.readFile(p.toString(), prefix) : null;
  }

  private static void check(Path dir) {
    BuildRequest request = request(dir);
    Path msg = dir.resolve("golden.msg");
    if (UPDATE) {
      update(dir, request);
      return;
    }
    if (Files.exists(msg)) {
      String want = read(msg).strip();
      assertThatThrownBy(() -> new OfflineBuild().buildAll(request))
          .isInstanceOf(BuildFailure.class)
          .satisfies(e -> assertThat(e.getMessage()).isEqualTo(comparable(want, e.getMessage())));
      return;
    }
    List<BuildResult> results;
    try {
      results = new OfflineBuild().buildAll(request);
    } catch (BuildFailure e) {
      fail(dir + ": unexpected failure: " + e.describe(), e);
      return;
    }
    assertThat(BuildOutput.yaml(results))
        .as("golden.yaml")
        .isEqualTo(read(dir.resolve("golden.yaml")));
    assertThat(BuildOutput.json(results))
        .as("golden.json")
        .isEqualTo(read(dir.resolve("golden.json")));
  }

  /**
   * Go's JSON type errors name the oracle's Go types ({@code main.ResourceSet}) where the Flux CLI
   * names its own ({@code v1.ResourceSet}); only the package qualifier may differ.
   */
  private static String comparable(String want, String got) {
    return want.replace("Go value of type main.", "Go value of type v1.")
        .replace("Go value of type []main.", "Go value of type []v1.");
  }

  private static void update(Path dir, BuildRequest request) {
    try {
      Files.deleteIfExists(dir.resolve("golden.msg"));
      Files.deleteIfExists(dir.resolve("golden.yaml"));
      Files.deleteIfExists(dir.resolve("golden.json"));
      try {
        List<BuildResult> results = new OfflineBuild().buildAll(request);
        Files.writeString(dir.resolve("golden.yaml"), BuildOutput.yaml(results));
        Files.writeString(dir.resolve("golden.json"), BuildOutput.json(results));
      } catch (BuildFailure e) {
        Files.writeString(dir.resolve("golden.msg"), e.getMessage() + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
