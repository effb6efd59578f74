package io.rset.platform.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.rset.platform.validate.DuplicateKeyScanner.Duplicate;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fuzzes {@link DuplicateKeyScanner}: whatever the text, it returns (no exception, no stack
 * overflow, no hang longer than {@link #TIMEOUT_SECONDS}); every duplicate is at a real place of
 * the text, after the first occurrence.
 *
 * <p>Regression mode (every build) runs the seeds in {@code DuplicateKeyScannerFuzzTestInputs/};
 * fuzz mode: {@code JAZZER_FUZZ=1 ./mvnw -pl platform test -Dtest=DuplicateKeyScannerFuzzTest}.
 */
class DuplicateKeyScannerFuzzTest {
  private static final long TIMEOUT_SECONDS = 10;

  private static ExecutorService worker = newWorker();

  @FuzzTest(maxDuration = "10m")
  void scan(byte[] data) throws Throwable {
    String text = new String(data, StandardCharsets.UTF_8);
    Future<?> run = worker.submit(() -> check(text));
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

  private static void check(String text) {
    // YAML line breaks: \r\n, \r and \n
    long lines = text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    for (Duplicate d : DuplicateKeyScanner.scan(text)) {
      assertThat(d.line()).isBetween(1, (int) lines);
      assertThat(d.firstLine()).isBetween(1, d.line());
      assertThat(d.column()).isPositive();
      assertThat(d.firstColumn()).isPositive();
      if (d.firstLine() == d.line()) {
        assertThat(d.firstColumn()).isLessThan(d.column());
      }
    }
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(null, r, "fuzz", 64L * 1024 * 1024);
          t.setDaemon(true);
          return t;
        });
  }
}
