package io.rset.core.yaml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fuzzes {@link YamlReader}: whatever the text, reading may only fail with {@link YamlException};
 * any other exception, a {@link StackOverflowError} or a read longer than {@link #TIMEOUT_SECONDS}
 * is a finding. Successful reads must also convert to plain values and serialise.
 *
 * <p>Regression mode (every build) runs the seeds in {@code YamlReaderFuzzTestInputs/}; fuzz mode:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl core test -Dtest=YamlReaderFuzzTest}.
 */
class YamlReaderFuzzTest {
  /** Small limits so that abuse is cut off quickly. */
  private static final YamlReader READER =
      new YamlReader(new YamlReader.Limits(256 * 1024, 200, 100, 100_000));

  private static final long TIMEOUT_SECONDS = 10;

  private static ExecutorService worker = newWorker();

  @FuzzTest(maxDuration = "10m")
  void read(byte[] data) throws Throwable {
    String text = new String(data, StandardCharsets.UTF_8);
    Future<?> run = worker.submit(() -> readAll(text));
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

  private static void readAll(String text) {
    try {
      for (YamlNode n : READER.readDocuments("fuzz.yaml", text)) {
        use(n);
      }
    } catch (YamlException expected) {
      check(expected);
    }
    try {
      use(READER.readSingle("fuzz.yaml", text));
    } catch (YamlException expected) {
      check(expected);
    }
    try {
      List<YamlNode> docs = READER.readKubernetesDocuments("fuzz.yaml", text);
      docs.forEach(YamlReaderFuzzTest::use);
    } catch (YamlException expected) {
      check(expected);
    }
  }

  private static void use(YamlNode n) {
    Object v = n.toValue();
    try {
      YamlWriter.toYaml(v);
      YamlWriter.toJson(v);
    } catch (IllegalArgumentException e) {
      // only NaN/infinity can be refused, and the reader already refuses those
      throw new AssertionError("reader produced a value the writer refuses: " + e.getMessage(), e);
    }
  }

  private static void check(YamlException e) {
    if (e.getMessage() == null || e.goMessage() == null || e.position() == null) {
      throw new AssertionError("incomplete YamlException", e);
    }
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "yaml-fuzz");
          t.setDaemon(true);
          return t;
        });
  }
}
