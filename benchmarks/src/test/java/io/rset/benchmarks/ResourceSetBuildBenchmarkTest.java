package io.rset.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.core.platform.BuildOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The build benchmark builds what Go builds. */
class ResourceSetBuildBenchmarkTest {
  @Test
  void platformBuildEqualsGoOutput() throws Exception {
    ResourceSetBuildBenchmark.Platform p = new ResourceSetBuildBenchmark.Platform();
    p.setUp();
    String want =
        Files.readString(
            Path.of("../core/src/test/resources/testdata/resourceset/platform-40/golden.yaml"));
    assertThat(BuildOutput.yaml(new ResourceSetBuildBenchmark().buildPlatform(p))).isEqualTo(want);
  }

  @Test
  void permuteBuildsThreeObjectsPerInputSet() {
    ResourceSetBuildBenchmark.Permute p = new ResourceSetBuildBenchmark.Permute();
    p.inputs = 1000;
    p.setUp();
    assertThat(new ResourceSetBuildBenchmark().buildPermute(p).get(0).objects()).hasSize(3000);
  }
}
