package io.rset.platform.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The compatibility test of issue 4: for every kustomization directory under the test fixtures
 * ({@code src/test/resources/kustomize}) and under the repository's {@code examples/}, our build
 * equals {@code kubectl kustomize} of the same directory, compared as parsed objects in order.
 * Fixture directories named {@code error-*} (and directories inside them) must fail with both; all
 * others must succeed with both.
 *
 * <p>kubectl runs once per directory, in parallel, before the comparisons. Without kubectl the test
 * fails when the environment variable CI is set and is skipped otherwise. Extra directories can be
 * given with {@code -Dkustomize.extraDirs=dir1,dir2}.
 */
class KubectlCompatibilityTest {
  static final Path FIXTURES = Path.of("src/test/resources/kustomize");
  static final Path EXAMPLES = Path.of("../examples");

  /** What kubectl printed for a directory. */
  record KubectlRun(int exitCode, String stdout, String stderr) {}

  private static final Map<Path, KubectlRun> RUNS = new ConcurrentHashMap<>();

  static List<Path> directories() throws IOException {
    List<Path> dirs = new ArrayList<>();
    for (Path base : List.of(FIXTURES, EXAMPLES)) {
      if (!Files.isDirectory(base)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(base)) {
        s.filter(p -> Loader.KUSTOMIZATION_FILES.contains(p.getFileName().toString()))
            .map(Path::getParent)
            .distinct()
            .sorted(Comparator.naturalOrder())
            .forEach(dirs::add);
      }
    }
    String extra = System.getProperty("kustomize.extraDirs", "");
    for (String e : extra.split(",")) {
      if (!e.isBlank()) {
        dirs.add(Path.of(e.strip()));
      }
    }
    return dirs;
  }

  static boolean kubectlAvailable() {
    try {
      Process p =
          new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static KubectlRun kubectl(Path dir) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("kubectl", "kustomize", dir.toString())
            .redirectErrorStream(false)
            .start();
    Future<String> err;
    ExecutorService one = Executors.newSingleThreadExecutor();
    try {
      err = one.submit(() -> read(p.getErrorStream()));
      String out = read(p.getInputStream());
      p.waitFor(120, TimeUnit.SECONDS);
      return new KubectlRun(p.exitValue(), out, err.get());
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException(e);
    } finally {
      one.shutdown();
    }
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  /** Runs kubectl on every directory, a few at a time. */
  static void runAll(List<Path> dirs) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (Path d : dirs) {
        fs.add(pool.submit(() -> RUNS.put(d, kubectl(d))));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  @TestFactory
  Stream<DynamicTest> ourBuildEqualsKubectlKustomize() throws Exception {
    if (!kubectlAvailable()) {
      if (System.getenv("CI") != null) {
        fail("kubectl is required for the kustomize compatibility test in CI");
      }
      Assumptions.abort("kubectl not installed; compatibility test skipped (fails when CI is set)");
    }
    List<Path> dirs = directories();
    assertThat(dirs).as("fixture directories").isNotEmpty();
    runAll(dirs);
    return dirs.stream().map(d -> DynamicTest.dynamicTest(d.toString(), () -> compare(d)));
  }

  static void compare(Path dir) {
    KubectlRun run = RUNS.get(dir);
    boolean expectError = dir.getFileName().toString().startsWith("error-");
    boolean inErrorFixture = false;
    for (Path part : dir) {
      inErrorFixture |= part.toString().startsWith("error-");
    }
    KustomizeResult ours;
    try {
      ours = new Kustomizer(KustomizeOptions.strict()).build(dir);
    } catch (KustomizeException e) {
      assertThat(run.exitCode())
          .as("we failed with %s but kubectl succeeded:%n%s", e.describe(), run.stdout())
          .isNotZero();
      assertThat(inErrorFixture)
          .as("both failed on %s, which is not an error-* fixture: %s", dir, e.describe())
          .isTrue();
      return;
    }
    assertThat(expectError).as("fixture %s is expected to fail", dir).isFalse();
    assertThat(run.exitCode())
        .as("kubectl failed (%s) but we succeeded", run.stderr().strip())
        .isZero();
    List<Object> theirs = new ArrayList<>();
    for (YamlNode n : new YamlReader().readKubernetesDocuments("kubectl", run.stdout())) {
      theirs.add(n.toValue());
    }
    List<Object> mine = new ArrayList<>();
    for (KResource r : ours.resources()) {
      mine.add(r.object());
    }
    for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
      if (!mine.get(i).equals(theirs.get(i))) {
        assertThat(io.rset.core.yaml.YamlWriter.toYaml(mine.get(i)))
            .as("object %d of %s", i, dir)
            .isEqualTo(io.rset.core.yaml.YamlWriter.toYaml(theirs.get(i)));
      }
    }
    assertThat(mine).as("objects of %s", dir).isEqualTo(theirs);
  }
}
