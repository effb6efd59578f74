package io.rset.gotemplate;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.rset.gotemplate.flux.FluxTemplates;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fuzzes parse + execute of ResourceSet templates: whatever the template and inputs, the engine may
 * only fail with its own {@link TemplateException}; any other exception, a {@link
 * StackOverflowError} or a run longer than {@link #TIMEOUT_SECONDS} is a finding.
 *
 * <p>Regression mode (every build) runs the seeds in {@code TemplateFuzzTestInputs/}; fuzz mode:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl gotemplate test -Dtest=TemplateFuzzTest}.
 *
 * <p>Input layout: the bytes up to the first NUL are the template (UTF-8); the bytes after it steer
 * the rest: the first picks the delimiters, the others add input values (see {@link #inputs}). So a
 * seed file can simply be a template.
 */
class TemplateFuzzTest {
  /** Small limits so that abuse is cut off quickly instead of taking the fuzzer's time. */
  private static final Limits LIMITS = new Limits(200, 64 * 1024, 1_000);

  private static final long TIMEOUT_SECONDS = 10;

  /**
   * The first run loads (and in fuzz mode instruments) the engine's classes, which takes seconds on
   * a loaded machine; it gets this much longer before it counts as a hang.
   */
  private static final long FIRST_RUN_TIMEOUT_SECONDS = 120;

  private static volatile boolean warmedUp;

  private static final String[][] DELIMS = {
    {"<<", ">>"}, {"{{", "}}"}, {"[[", "]]"}, {"<%", "%>"}, {"(", ")"}
  };

  /** Runs each input on its own worker thread so that a hang is detected, not waited out. */
  private static ExecutorService worker = newWorker();

  @FuzzTest(maxDuration = "10m")
  void parseAndExecute(byte[] data) throws Throwable {
    int nul = indexOf(data, (byte) 0);
    String template = new String(data, 0, nul < 0 ? data.length : nul, StandardCharsets.UTF_8);
    byte[] control = nul < 0 ? new byte[0] : Arrays.copyOfRange(data, nul + 1, data.length);
    String[] delims = DELIMS[control.length == 0 ? 0 : (control[0] & 0xff) % DELIMS.length];
    Map<String, Object> inputs = inputs(control);

    Future<?> run = worker.submit(() -> parseAndRender(template, delims, inputs));
    long timeout = warmedUp ? TIMEOUT_SECONDS : FIRST_RUN_TIMEOUT_SECONDS;
    try {
      run.get(timeout, TimeUnit.SECONDS);
      warmedUp = true;
    } catch (TimeoutException e) {
      run.cancel(true);
      worker.shutdownNow();
      worker = newWorker(); // the hung thread is a daemon and is abandoned
      throw new AssertionError(
          "hang: no result after " + timeout + "s for template " + quote(template));
    } catch (ExecutionException e) {
      throw e.getCause(); // anything but TemplateException, StackOverflowError included
    }
  }

  private static void parseAndRender(String template, String[] delims, Map<String, Object> in) {
    try {
      Template t = FluxTemplates.parse(template, delims[0], delims[1], LIMITS);
      FluxTemplates.render(t, in);
    } catch (TemplateException expected) {
      // the engine's own error: fine
    }
  }

  /**
   * Fresh inputs for one run (functions such as {@code set} may modify them): typical ResourceSet
   * values of every JSON kind, plus one extra value {@code k1}, {@code k2}, ... per control byte
   * after the first; control byte 0xFF (second position) means no inputs at all.
   */
  static Map<String, Object> inputs(byte[] control) {
    if (control.length > 1 && control[1] == (byte) 0xFF) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", "podinfo");
    m.put("namespace", "apps");
    m.put("n", 3L);
    m.put("neg", -7L);
    m.put("f", 1.5);
    m.put("big", 1.0e6);
    m.put("t", true);
    m.put("no", false);
    m.put("empty", "");
    m.put("nothing", null);
    m.put("unicode", "héllo wörld ✓");
    m.put("json", "{\"a\":1,\"b\":[true,null]}");
    m.put("list", new ArrayList<>(Arrays.asList(1L, "a", null, true, 2.5)));
    m.put("strs", new ArrayList<>(List.of("b", "a", "c")));
    m.put("emptyList", new ArrayList<>());
    m.put("emptyMap", new LinkedHashMap<>());
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("name", "podinfo");
    chart.put("url", "oci://ghcr.io/stefanprodan/charts");
    chart.put("version", "6.x");
    m.put("chart", chart);
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("a", "x");
    nested.put("b", 2L);
    nested.put("deep", new LinkedHashMap<>(Map.of("c", new ArrayList<>(List.of(1L)))));
    m.put("map", nested);
    for (int i = 2; i < control.length; i++) {
      m.put("k" + (i - 1), value(control[i] & 0xff));
    }
    return m;
  }

  /** A JSON value chosen by b, edge cases first. */
  private static Object value(int b) {
    return switch (b % 16) {
      case 0 -> Long.MAX_VALUE;
      case 1 -> Long.MIN_VALUE;
      case 2 -> 0L;
      case 3 -> -1L;
      case 4 -> 1e300;
      case 5 -> -0.0;
      case 6 -> 4.9e-324;
      case 7 -> "";
      case 8 -> "x".repeat(b);
      case 9 -> "\u0000\t\n\"\\<>&'é\uD83D\uDE00";
      case 10 -> new ArrayList<>(Arrays.asList(null, null));
      case 11 -> nestedList(b % 64);
      case 12 -> new LinkedHashMap<>(Map.of("", "empty key", "1", 1L, "a.b", "dot"));
      case 13 -> (long) b;
      case 14 -> b / 7.0;
      default -> b % 2 == 0;
    };
  }

  private static Object nestedList(int depth) {
    Object v = "leaf";
    for (int i = 0; i < depth; i++) {
      v = new ArrayList<>(List.of(v));
    }
    return v;
  }

  private static int indexOf(byte[] data, byte b) {
    for (int i = 0; i < data.length; i++) {
      if (data[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static String quote(String s) {
    String shown = s.length() > 500 ? s.substring(0, 500) + "..." : s;
    return '"' + shown.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + '"';
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "template-fuzz-worker");
          t.setDaemon(true);
          return t;
        });
  }
}
