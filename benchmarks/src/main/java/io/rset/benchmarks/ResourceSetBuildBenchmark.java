package io.rset.benchmarks;

import io.rset.core.platform.BuildRequest;
import io.rset.core.platform.BuildResult;
import io.rset.core.platform.OfflineBuild;
import io.rset.core.platform.Source;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole offline builds, manifest text to objects ({@code rset build rset} without printing), as
 * {@code gotmpl-oracle -bench-rset N -rset FILE} times them in Go: the 40-release platform
 * ResourceSet (120 objects) and a Permute ResourceSet of 1k/5k/10k input sets × 3 documents. The
 * score is milliseconds per build.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResourceSetBuildBenchmark {
  static final String PLATFORM = "platform-resourceset-40.yaml";

  /** The 40-release platform manifest. */
  @State(Scope.Benchmark)
  public static class Platform {
    BuildRequest request;

    @Setup(Level.Trial)
    public void setUp() {
      request =
          new BuildRequest(
              new Source(PLATFORM, PlatformTemplates.text(PLATFORM)), null, null, "default");
    }
  }

  /** A Permute manifest with {@code inputs} input sets. */
  @State(Scope.Benchmark)
  public static class Permute {
    @Param({"1000", "5000", "10000"})
    public int inputs;

    BuildRequest request;

    @Setup(Level.Trial)
    public void setUp() {
      request =
          new BuildRequest(
              new Source("permute.yaml", PermuteResourceSet.text(inputs)), null, null, "default");
    }
  }

  @Benchmark
  public List<BuildResult> buildPlatform(Platform p) {
    return new OfflineBuild().buildAll(p.request);
  }

  @Benchmark
  public List<BuildResult> buildPermute(Permute p) {
    return new OfflineBuild().buildAll(p.request);
  }
}
