package io.rset.cli.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code rset build rset} end to end over the cases under {@code
 * src/test/resources/testdata/build_resourceset} (see {@code generate.sh} in core's
 * testdata/resourceset): stdout must equal {@code want.out} (Go's output), the first line of stderr
 * must be {@code ✗ } + {@code want.msg} (Go's message) and the whole of stderr {@code want.err}
 * (rset adds the location on further lines). {@code -Dgolden.update=true} rewrites {@code want.out}
 * and {@code want.err} from rset's output for review; {@code want.msg} is only written by the
 * generator.
 */
class BuildResourceSetCommandTest {
  private static final Path DIR = Path.of("src/test/resources/testdata/build_resourceset");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Set<String> FILE_OPTIONS =
      Set.of("-f", "--filename", "-i", "--inputs-from", "--inputs-from-provider");

  record Run(int exitCode, String out, String err) {}

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(DIR)) {
      cases = s.filter(p -> Files.exists(p.resolve("cmd"))).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(18);
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private static void check(Path dir) throws IOException {
    String[] cmd = read(dir.resolve("cmd")).strip().split("\\s+");
    List<String> args = new ArrayList<>(List.of("build", "rset"));
    for (int i = 0; i < cmd.length; i++) {
      args.add(cmd[i]);
      if (FILE_OPTIONS.contains(cmd[i]) && i + 1 < cmd.length && !cmd[i + 1].equals("-")) {
        args.add(dir.resolve(cmd[++i]).toString());
      }
    }
    Path stdin = dir.resolve("stdin");
    Run r = run(Files.exists(stdin) ? read(stdin) : "", args.toArray(String[]::new));
    String err = r.err().replace(dir + "/", "").replace(DIR + "/", "");
    if (UPDATE) {
      write(dir.resolve("want.out"), r.out());
      write(dir.resolve("want.err"), err);
      return;
    }
    Path msg = dir.resolve("want.msg");
    if (Files.exists(msg)) {
      assertThat(r.exitCode()).as("exit code; stderr: %s", err).isEqualTo(1);
      assertThat(err.lines().findFirst().orElse("")).isEqualTo("✗ " + read(msg).strip());
    } else {
      assertThat(r.exitCode()).as("exit code; stderr: %s", err).isZero();
    }
    assertThat(r.out()).isEqualTo(readOrEmpty(dir.resolve("want.out")));
    assertThat(err).isEqualTo(readOrEmpty(dir.resolve("want.err")));
  }

  @Test
  void aliasesBuildTheSame() {
    String file = DIR.resolve("common/rset-standalone.yaml").toString();
    Run rset = run("", "build", "rset", "-f", file);
    assertThat(rset.exitCode()).isZero();
    assertThat(run("", "build", "resourceset", "-f", file)).isEqualTo(rset);
    assertThat(run("", "build", "rs", "--filename", file)).isEqualTo(rset);
  }

  @Test
  void unknownOutputFormatIsAUsageError() {
    Run r = run("", "build", "rset", "-f", "x.yaml", "-o", "xml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "✗ Invalid value for option '--output': expected one of [yaml, json] (case-sensitive)"
                + " but was 'xml'\n"
                + "Run 'rset build rset --help' for usage.\n");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = run("", "build", "rset", "-f", "x.yaml", "--input", "y.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "✗ Unknown options: '--input', 'y.yaml'\n"
                + "Possible solutions: --inputs-from, --inputs-from-provider\n"
                + "Run 'rset build rset --help' for usage.\n");
  }

  @Test
  void emptyStdinHasNoResourceSet() {
    Run r = run("\n\n", "build", "rset", "-f", "-");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("✗ ResourceSet name must be set in the manifest\n");
  }

  @Test
  void helpDescribesTheFlags() {
    Run r = run("", "build", "rset", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("Usage: rset build rset")
        .contains("-f, --filename=FILE")
        .contains("--inputs-from-provider=FILE")
        .contains("-n, --namespace=NS")
        .contains("-o, --output=FORMAT");
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private static String readOrEmpty(Path p) throws IOException {
    return Files.exists(p) ? read(p) : "";
  }

  private static void write(Path p, String text) {
    try {
      if (text.isEmpty()) {
        Files.deleteIfExists(p);
      } else {
        Files.writeString(p, text, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
