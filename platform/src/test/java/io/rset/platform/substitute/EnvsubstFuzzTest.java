package io.rset.platform.substitute;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fuzzes the envsubst parser and evaluator: whatever the text and variables, evaluation may only
 * fail with {@link EnvsubstException}; any other exception, a {@link StackOverflowError} or an
 * evaluation longer than {@link #TIMEOUT_SECONDS} is a finding. Successful texts must also list
 * their variables and, evaluated leniently, report every unset one.
 *
 * <p>Regression mode (every build) runs the seeds in {@code EnvsubstFuzzTestInputs/}; fuzz mode:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl platform test -Dtest=EnvsubstFuzzTest}.
 */
class EnvsubstFuzzTest {
  private static final long TIMEOUT_SECONDS = 10;
  private static ExecutorService worker =
      Executors.newSingleThreadExecutor(EnvsubstFuzzTest::daemon);

  @FuzzTest(maxDuration = "10m")
  void eval(FuzzedDataProvider data) throws Throwable {
    Map<String, String> vars = new HashMap<>();
    int n = data.consumeInt(0, 4);
    for (int i = 0; i < n; i++) {
      vars.put(data.consumeString(8), data.consumeString(16));
    }
    boolean strict = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    Future<?> run = worker.submit(() -> check(text, vars, strict));
    try {
      run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      worker.shutdownNow();
      worker = Executors.newSingleThreadExecutor(EnvsubstFuzzTest::daemon);
      throw new AssertionError("hang: no result after " + TIMEOUT_SECONDS + "s");
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  private static void check(String text, Map<String, String> vars, boolean strict) {
    Envsubst.Lookup lookup = strict ? vars::get : k -> vars.getOrDefault(k, "");
    try {
      String out = Envsubst.eval(text, lookup);
      if (out == null) {
        throw new AssertionError("null result");
      }
    } catch (EnvsubstException expected) {
      if (expected.getMessage() == null || expected.getMessage().isEmpty()) {
        throw new AssertionError("error without message", expected);
      }
      return;
    }
    Envsubst.variables(text);
    Envsubst.eval(
        text,
        vars::get,
        (name, offset) -> {
          if (offset < 0 || offset > text.length()) {
            throw new AssertionError("offset " + offset + " outside the text");
          }
        });
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "envsubst-fuzz");
    t.setDaemon(true);
    return t;
  }
}
