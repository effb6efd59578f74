package io.rset.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ResourceSet manifests under {@code src/test/resources/build-cases} built with the builder and
 * compared with what the Go oracle ({@code gotmpl-oracle -builder -rset FILE}: the operator's
 * builder, inline inputs only, no metadata added) produced, stored beside each case as {@code
 * NAME.out}: a JSON array of objects, or {@code error: MESSAGE}.
 *
 * <p>Regenerate the expected files with {@code
 * -Drset.oracle.update=/work/oracle-bin/gotmpl-oracle}.
 */
class OracleCasesTest {
  static final Path DIR = Path.of("src/test/resources/build-cases");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesOracle(String name) throws Exception {
    Path manifest = DIR.resolve(name + ".yaml");
    Path expectedFile = DIR.resolve(name + ".out");
    String oracle = System.getProperty("rset.oracle.update");
    if (oracle != null) {
      update(oracle, manifest, expectedFile);
    }
    String expected = Files.readString(expectedFile).strip();
    TestSpecs.Manifest m = TestSpecs.read(Files.readString(manifest));
    CombinedInputs inputs = CombinedInputs.of(m.spec().inputs());
    if (expected.startsWith("error: ")) {
      String message = expected.substring("error: ".length());
      assertThatThrownBy(() -> ResourceSetBuilder.build(m.spec(), inputs))
          .isInstanceOf(BuildException.class)
          .hasMessage(message);
      return;
    }
    List<Map<String, Object>> objects =
        ResourceSetBuilder.flatten(ResourceSetBuilder.build(m.spec(), inputs));
    assertThat(objects).isEqualTo(TestSpecs.decode(expected));
  }

  private static void update(String oracle, Path manifest, Path out) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(oracle, "-builder", "-rset", manifest.toString())
            .redirectErrorStream(false);
    pb.environment().put("TZ", "UTC");
    Process p = pb.start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    Files.writeString(out, stdout);
  }
}
