package io.rset.benchmarks;

import io.rset.gotemplate.Template;
import io.rset.gotemplate.flux.FluxTemplates;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Renders the HelmRepository + HelmRelease + Kustomization template of a 40-release platform over
 * its 40 input sets, parsed once. The score is renders per second, one render being one input set,
 * so it compares directly with {@code gotmpl-oracle -bench N -template platform-release.tmpl
 * -inputs platform-inputs-40.json} on the same machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlatformRenderBenchmark {
  private static final int RELEASES = 40;

  private Template template;
  private List<Map<String, Object>> inputSets;

  /** Parses the template once and loads the input sets. */
  @Setup
  public void setUp() {
    template = FluxTemplates.parse(PlatformTemplates.text(PlatformTemplates.TEMPLATE));
    inputSets = PlatformTemplates.inputSets();
    if (inputSets.size() != RELEASES) {
      throw new IllegalStateException("expected " + RELEASES + " input sets");
    }
  }

  /** One invocation renders all 40 releases; JMH reports renders/s. */
  @Benchmark
  @OperationsPerInvocation(RELEASES)
  public void renderPlatform(Blackhole bh) {
    for (Map<String, Object> inputs : inputSets) {
      bh.consume(FluxTemplates.render(template, inputs));
    }
  }
}
