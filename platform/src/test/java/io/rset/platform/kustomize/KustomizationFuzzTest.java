package io.rset.platform.kustomize;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fuzzes the kustomization parsing and the build: the input is a kustomization file and a resource
 * file ({@code r.yaml}) separated by a line {@code #%%}; a fixed {@code values.yaml} and a
 * sub-kustomization {@code sub/} sit beside them. Whatever the input, a build (strict and lenient)
 * and reading the resource file may only fail with {@link KustomizeException} carrying a message;
 * any other exception, a StackOverflowError or a run longer than {@link #TIMEOUT_SECONDS}
 * (generous: the machines running it are shared) is a finding.
 *
 * <p>Regression mode (every build) runs the seeds in {@code KustomizationFuzzTestInputs/}; fuzz
 * mode: {@code JAZZER_FUZZ=1 ./mvnw -pl platform test -Dtest=KustomizationFuzzTest}.
 */
class KustomizationFuzzTest {
  private static final long TIMEOUT_SECONDS = 30;
  private static final Path DIR = makeDir();
  private static ExecutorService worker = newWorker();

  static {
    // the first build loads and instruments most classes; keep that out of the hang timeout
    runOnce("resources: [r.yaml]\n", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: w\n");
  }

  private static Path makeDir() {
    try {
      Path d = Files.createTempDirectory("kustomize-fuzz");
      Files.createDirectories(d.resolve("sub"));
      Files.writeString(d.resolve("values.yaml"), "A=1\nreplicas: 2\n");
      Files.writeString(
          d.resolve("sub/kustomization.yaml"),
          "configMapGenerator:\n- name: sub\n  literals: [s=1]\n");
      d.toFile().deleteOnExit();
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "3m")
  void build(byte[] data) throws Throwable {
    String text = new String(data, StandardCharsets.UTF_8);
    int split = text.indexOf("\n#%%\n");
    String kustomization = split < 0 ? text : text.substring(0, split + 1);
    String resource = split < 0 ? "" : text.substring(split + 5);
    Future<?> run = worker.submit(() -> runOnce(kustomization, resource));
    try {
      run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      throw new AssertionError("hang: no result after " + TIMEOUT_SECONDS + "s");
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  private static void runOnce(String kustomization, String resource) {
    try {
      Files.writeString(DIR.resolve("kustomization.yaml"), kustomization);
      Files.writeString(DIR.resolve("r.yaml"), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (KustomizeOptions o :
        new KustomizeOptions[] {KustomizeOptions.strict(), new KustomizeOptions(true)}) {
      try {
        KustomizeResult r = new Kustomizer(o).build(DIR);
        r.resources().forEach(x -> io.rset.core.yaml.YamlWriter.toJson(x.object()));
      } catch (KustomizeException expected) {
        check(expected);
      }
    }
    try {
      for (KyamlReader.Doc d : new KyamlReader().read(DIR.resolve("r.yaml"), resource)) {
        NodeJson.toValue(d.root(), true);
      }
    } catch (KustomizeException expected) {
      check(expected);
    } catch (NodeJson.ConversionException expected) {
      if (expected.getMessage() == null) {
        throw new AssertionError("conversion error without message", expected);
      }
    }
  }

  private static void check(KustomizeException e) {
    if (e.getMessage() == null || e.getMessage().isBlank() || e.describe() == null) {
      throw new AssertionError("incomplete KustomizeException", e);
    }
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "kustomize-fuzz");
          t.setDaemon(true);
          return t;
        });
  }
}
