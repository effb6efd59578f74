package io.rset.cli.platform;

import static io.rset.cli.platform.PlatformGolden.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.rset.cli.platform.PlatformGolden.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rset platform add} end to end on a copy of the example platform: the files it writes, the
 * validation it runs afterwards, its exit codes and its refusals (which leave every file as it
 * was).
 */
class PlatformAddCommandTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "homelab");

  @TempDir Path tmp;

  /**
   * A copy of the example at the same place in a repository of its own: its config Kustomizations
   * name paths from the repository root, which {@code .git} marks.
   */
  private Path copyOfExample() {
    Path dir = tmp.resolve("repo/examples/homelab");
    try (Stream<Path> files = Files.walk(EXAMPLE)) {
      Files.createDirectories(tmp.resolve("repo/.git"));
      for (Path from : (Iterable<Path>) files::iterator) {
        Path to = dir.resolve(EXAMPLE.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  private static Map<Path, String> snapshot(Path dir) {
    Map<Path, String> files = new HashMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p)) {
          files.put(dir.relativize(p), Files.readString(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static Run add(Path dir, String... extra) {
    String[] base = {
      "platform",
      "add",
      "podinfo",
      dir.toString(),
      "--namespace",
      "podinfo",
      "--chart",
      "podinfo",
      "--version",
      "6.7.1",
      "--url",
      "oci://ghcr.io/stefanprodan/charts"
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return run(args);
  }

  @Test
  void addsTheReleaseThenValidatesThePlatform() throws IOException {
    Path dir = copyOfExample();
    Run r = add(dir, "--create-namespace", "--namespace-input", "security=restricted");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith(
            "✓ helm-charts.yaml: added release \"podinfo\" (podinfo 6.7.1)\n"
                + "✓ versions.env: added podinfo_version=6.7.1\n"
                + "✓ charts/podinfo.yaml: created\n"
                + "✓ kustomization.yaml: registered charts/podinfo.yaml in platform-values\n"
                + "✓ namespaces.yaml: added namespace \"podinfo\"\n");
    // the validation summary comes last and counts the new release's objects
    assertThat(r.out()).endsWith(": no findings (" + objects(dir) + " objects)\n");
    assertThat(r.out()).contains("✔ " + dir + ": no findings");
    assertThat(Files.readString(dir.resolve("helm-charts.yaml"))).contains("- name: podinfo");
  }

  @Test
  void aForcedUnknownDependencyIsWrittenAndTheValidationWarns() {
    Path dir = copyOfExample();
    Run r =
        add(
            dir,
            "--create-namespace",
            "--namespace-input",
            "security=baseline",
            "--namespace-input",
            "mesh=false",
            "--depends-on",
            "no-such-release",
            "--force");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("helm-charts.yaml:")
        .contains("warning RSET")
        .contains("no-such-release")
        .contains("⚠ " + dir + ": 0 errors, 1 warning\n");
  }

  @Test
  void dryRunPrintsADiffAndWritesNothing() {
    Path dir = copyOfExample();
    Map<Path, String> before = snapshot(dir);
    Run r = add(dir, "--create-namespace", "--namespace-input=security=restricted", "--dry-run");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("--- ", "+++ ", "@@ ", "+    - name: podinfo");
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void refusalsExitOneWithTheReasonAndWriteNothing() {
    Path dir = copyOfExample();
    Map<Path, String> before = snapshot(dir);

    Run missingNamespace = add(dir);
    assertThat(missingNamespace.exitCode()).isEqualTo(1);
    assertThat(missingNamespace.err()).startsWith("✗ ").contains("podinfo", "--create-namespace");
    assertThat(missingNamespace.out()).isEmpty();

    Run duplicate =
        run(
            "platform",
            "add",
            "cilium",
            dir.toString(),
            "--namespace",
            "kube-system",
            "--chart",
            "cilium",
            "--version",
            "1.0.0",
            "--url",
            "https://helm.cilium.io");
    assertThat(duplicate.exitCode()).isEqualTo(1);
    assertThat(duplicate.err()).startsWith("✗ ").contains("cilium");

    Run incompleteNamespace = add(dir, "--create-namespace");
    assertThat(incompleteNamespace.exitCode()).isEqualTo(1);
    assertThat(incompleteNamespace.err())
        .startsWith("✗ namespaces.yaml: with the new entry the ResourceSet no longer builds:")
        .contains("map has no entry for key \"security\"")
        .contains("input set #17")
        .contains(
            "  fix: every other input sets this key: add --namespace-input security=VALUE (the"
                + " other inputs use baseline, privileged, restricted)");

    Run unknownDependency = add(dir, "--create-namespace", "--depends-on", "nope");
    assertThat(unknownDependency.exitCode()).isEqualTo(1);
    assertThat(unknownDependency.err()).startsWith("✗ ").contains("nope", "--force");

    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void aMissingRequiredOptionIsAUsageError() {
    Run r = run("platform", "add", "podinfo", copyOfExample().toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required options");
  }

  /** The object count `rset platform validate` reports for DIR, run on its own. */
  private static String objects(Path dir) {
    Run v = run("platform", "validate", dir.toString());
    assertThat(v.exitCode()).isZero();
    String out = v.out();
    return out.substring(out.indexOf("(") + 1, out.indexOf(" objects)"));
  }
}
