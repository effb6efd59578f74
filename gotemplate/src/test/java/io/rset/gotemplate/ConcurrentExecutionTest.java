package io.rset.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.gotemplate.flux.FluxTemplates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One parsed template executed from many threads at once must give each execution exactly the
 * output a lone execution gives: per-execution state (variables, dot, output, bound inputs) never
 * leaks between executions.
 */
class ConcurrentExecutionTest {

  private static final String TEMPLATE =
      """
      << define "item" >>- << . >><< end >>
      name: << inputs.name >>
      << $n := inputs.name ->>
      << range $i, $v := inputs.items >><< template "item" (printf "%s-%d-%v" $n $i $v) >>
      << end ->>
      << with $x := get inputs "extra" >>extra: << $x | toYaml | trim >><< else >>none<< end >>
      slug: << inputs.name | upper | slugify >>
      << regexReplaceAll "([a-z]+)-(\\\\d+)" inputs.name "${2}_${1}" >>
      """;

  private static Map<String, Object> inputs(int i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", "app-" + i);
    List<Object> items = new ArrayList<>();
    for (long j = 0; j < i % 7; j++) {
      items.add(j * i);
    }
    m.put("items", items);
    if (i % 3 == 0) {
      m.put("extra", Map.of("k" + i, (long) i));
    }
    return m;
  }

  @Test
  void sharedTemplateGivesIdenticalOutputsUnderContention() throws Exception {
    Template template = FluxTemplates.parse(TEMPLATE);
    int sets = 64;
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < sets; i++) {
      expected.add(FluxTemplates.render(template, inputs(i)));
    }
    assertThat(expected.get(3)).contains("name: app-3", "- app-3-1-3", "extra: k3: 3", "3_app");

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<String> mismatches = new ArrayList<>();
                  for (int round = 0; round < 50; round++) {
                    for (int k = 0; k < sets; k++) {
                      int i = (k + offset * 7) % sets;
                      String got = FluxTemplates.render(template, inputs(i));
                      if (!got.equals(expected.get(i))) {
                        mismatches.add("input set " + i + ": " + got);
                      }
                    }
                  }
                  return mismatches;
                }));
      }
      start.countDown();
      for (Future<List<String>> f : futures) {
        assertThat(f.get(2, TimeUnit.MINUTES)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
