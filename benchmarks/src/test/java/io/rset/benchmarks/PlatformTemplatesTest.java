package io.rset.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.gotemplate.Template;
import io.rset.gotemplate.flux.FluxTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmark measures correct work: each of the 40 renders equals Go's output (the golden file
 * was produced by the gotmpl-oracle from the same template and inputs).
 */
class PlatformTemplatesTest {
  private static final String SEPARATOR = "\n#### end of render\n";

  @Test
  void rendersEachReleaseExactlyAsGo() throws IOException {
    String golden;
    try (InputStream in = getClass().getResourceAsStream("platform-release-40.golden")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] want = golden.split(SEPARATOR, -1);
    Template t = FluxTemplates.parse(PlatformTemplates.text(PlatformTemplates.TEMPLATE));
    List<Map<String, Object>> inputSets = PlatformTemplates.inputSets();
    assertThat(inputSets).hasSize(40);
    for (int i = 0; i < inputSets.size(); i++) {
      assertThat(FluxTemplates.render(t, inputSets.get(i))).as("render %d", i).isEqualTo(want[i]);
    }
  }
}
