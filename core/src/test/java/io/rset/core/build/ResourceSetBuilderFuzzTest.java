package io.rset.core.build;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.rset.core.model.CommonMetadata;
import io.rset.core.model.ResourceSetSpec;
import io.rset.core.model.ResourceSetStep;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fuzzes {@link ResourceSetBuilder#build} over a small ResourceSet made of fuzzed template text and
 * fuzzed input values: the only allowed failure is {@link BuildException} with a non-empty message
 * and, when it names a part of the spec, a location; any other exception, a {@link
 * StackOverflowError} or a build running longer than {@link #TIMEOUT_SECONDS} is a finding.
 *
 * <p>Regression mode (every build) runs the seeds in {@code ResourceSetBuilderFuzzTestInputs/};
 * fuzz mode: {@code JAZZER_FUZZ=1 ./mvnw -pl core -am test -Dtest=ResourceSetBuilderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>Input layout, split at NUL bytes: {@code TEMPLATE \0 VALUE \0 CONTROL}. TEMPLATE (UTF-8) is
 * the {@code resourcesTemplate}; VALUE (UTF-8), when present, goes into a JSON {@code resources}
 * item as a {@code data} key and value (both templated); CONTROL's first byte picks the layout (bit
 * 0: two steps instead of a flat spec; bits 2–3: 0–3 input sets) and each further byte adds a value
 * {@code k1}, {@code k2}, ... to every input set (see {@link #value}). So a seed file can simply be
 * a template.
 *
 * <p>The builder does not expose the template engine's {@link io.rset.gotemplate.Limits}, so inputs
 * are kept small instead: templates of at most {@value #MAX_TEMPLATE} chars, no number literal of
 * more than three digits and at most two loops or template calls ({@code range}, {@code template}),
 * which keeps every build well under a second; abusing the engine's limits is {@code
 * TemplateFuzzTest}'s job.
 */
class ResourceSetBuilderFuzzTest {
  static final int MAX_TEMPLATE = 1024;
  private static final long TIMEOUT_SECONDS = 10;

  /** The first run loads (and in fuzz mode instruments) the classes; it gets longer. */
  private static final long FIRST_RUN_TIMEOUT_SECONDS = 120;

  private static volatile boolean warmedUp;

  /** Runs each build on its own worker thread so that a hang is detected, not waited out. */
  private static ExecutorService worker = newWorker();

  @FuzzTest(maxDuration = "5m")
  void build(byte[] data) throws Throwable {
    List<byte[]> parts = split(data, 3);
    String template = new String(parts.get(0), StandardCharsets.UTF_8);
    String value = parts.size() > 1 ? new String(parts.get(1), StandardCharsets.UTF_8) : "";
    byte[] control = parts.size() > 2 ? parts.get(2) : new byte[0];
    if (!small(template) || !small(value)) {
      return;
    }
    ResourceSetSpec spec = spec(template, value, control);
    CombinedInputs inputs = CombinedInputs.of(inputs(control));

    Future<?> run = worker.submit(() -> buildOnce(spec, inputs));
    long timeout = warmedUp ? TIMEOUT_SECONDS : FIRST_RUN_TIMEOUT_SECONDS;
    try {
      run.get(timeout, TimeUnit.SECONDS);
      warmedUp = true;
    } catch (TimeoutException e) {
      run.cancel(true);
      worker.shutdownNow();
      worker = newWorker(); // the hung thread is a daemon and is abandoned
      throw new AssertionError("hang: no result after " + timeout + "s for " + spec);
    } catch (ExecutionException e) {
      throw e.getCause(); // anything but BuildException, StackOverflowError included
    }
  }

  private static void buildOnce(ResourceSetSpec spec, CombinedInputs inputs) {
    try {
      List<StepResult> result = ResourceSetBuilder.build(spec, inputs);
      for (Map<String, Object> o : ResourceSetBuilder.flatten(result)) {
        if (!(o.get("kind") instanceof String)) {
          throw new AssertionError("object without a string kind: " + o);
        }
        BuilderGoldenCasesTest.format(List.of(new StepResult(null, List.of(o))));
      }
    } catch (BuildException e) {
      if (e.getMessage() == null || e.getMessage().isEmpty()) {
        throw new AssertionError("empty message", e);
      }
      if (e.part() != BuildException.Part.VALIDATION
          && e.part() != BuildException.Part.DUPLICATE
          && e.location().isEmpty()) {
        throw new AssertionError("no location for " + e.getMessage(), e);
      }
    }
  }

  /** Short, with small numbers and few loops (see the class comment). */
  static boolean small(String s) {
    if (s.length() > MAX_TEMPLATE) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      digits = Character.isDigit(s.charAt(i)) ? digits + 1 : 0;
      if (digits > 3) {
        return false;
      }
    }
    return count(s, "range") + count(s, "template") <= 2;
  }

  private static int count(String s, String word) {
    int n = 0;
    for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
      n++;
    }
    return n;
  }

  static ResourceSetSpec spec(String template, String value, byte[] control) {
    int layout = control.length == 0 ? 0 : control[0] & 0xff;
    List<Map<String, Object>> resources = new ArrayList<>();
    if (!value.isEmpty()) {
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("name", "cm-<< inputs.k1 | default \"x\" >>");
      meta.put("namespace", "apps");
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("apiVersion", "v1");
      item.put("kind", "ConfigMap");
      item.put("metadata", meta);
      item.put("data", new LinkedHashMap<>(Map.of(value, value)));
      resources.add(item);
    }
    String text = template.isEmpty() ? null : template;
    List<ResourceSetStep> steps = List.of();
    if ((layout & 1) != 0) {
      steps =
          List.of(
              new ResourceSetStep("one", resources, null, null, Set.of("name", "resources")),
              new ResourceSetStep(
                  "two", List.of(), text, null, Set.of("name", "resourcesTemplate")));
      resources = List.of();
      text = null;
    }
    Set<String> present = new java.util.HashSet<>();
    if (!steps.isEmpty()) {
      present.add("steps");
    }
    if (!resources.isEmpty()) {
      present.add("resources");
    }
    if (text != null) {
      present.add("resourcesTemplate");
    }
    return new ResourceSetSpec(
        new CommonMetadata(Map.of(), Map.of()),
        null,
        List.of(),
        null,
        resources,
        text,
        steps,
        null,
        null,
        false,
        present);
  }

  /** 0–3 input sets (bits 2–3 of the first control byte), each with k1.. from the other bytes. */
  static List<Map<String, Object>> inputs(byte[] control) {
    int sets = control.length == 0 ? 0 : ((control[0] & 0xff) >> 2) % 4;
    List<Map<String, Object>> out = new ArrayList<>();
    for (int s = 0; s < sets; s++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", "app" + s);
      m.put("n", (long) s);
      m.put("tenants", new ArrayList<>(List.of("team1", "team2")));
      m.put("nested", new LinkedHashMap<>(Map.of("a", "x", "list", List.of(1L, "two"))));
      for (int i = 1; i < control.length && i < 8; i++) {
        m.put("k" + i, value((control[i] & 0xff) + s));
      }
      out.add(m);
    }
    return out;
  }

  /** A JSON value chosen by b, edge cases first. */
  static Object value(int b) {
    return switch (b % 16) {
      case 0 -> Long.MAX_VALUE;
      case 1 -> Long.MIN_VALUE;
      case 2 -> 0L;
      case 3 -> -1.5;
      case 4 -> 1e300;
      case 5 -> "";
      case 6 -> "---\nkind: x";
      case 7 -> "yes";
      case 8 -> ">=1.0.0-rc.0";
      case 9 -> "\u0000\t\n\"\\<>&'é: #{}[]";
      case 10 -> new ArrayList<>(Arrays.asList(null, "a"));
      case 11 -> new LinkedHashMap<>(Map.of("", "empty key", "1", 1L, "a.b", "dot"));
      case 12 -> "123";
      case 13 -> (long) b;
      case 14 -> true;
      default -> null;
    };
  }

  private static List<byte[]> split(byte[] data, int max) {
    List<byte[]> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < data.length && parts.size() < max - 1; i++) {
      if (data[i] == 0) {
        parts.add(Arrays.copyOfRange(data, start, i));
        start = i + 1;
      }
    }
    parts.add(Arrays.copyOfRange(data, start, data.length));
    return parts;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "builder-fuzz-worker");
          t.setDaemon(true);
          return t;
        });
  }
}
