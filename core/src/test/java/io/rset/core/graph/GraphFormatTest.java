package io.rset.core.graph;

import static io.rset.core.graph.Objects.helmRelease;
import static io.rset.core.graph.Objects.hr;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every renderer over one graph with a chain, an undefined dependency, a cycle and ready states,
 * against {@code src/test/resources/graph/NAME.out} ({@code -Dgolden.update=true} rewrites them).
 */
class GraphFormatTest {
  private static final Path DIR = Path.of("src/test/resources/graph");

  static DependencyGraph sample() {
    return DependencyGraph.of(
            List.of(
                helmRelease("cilium"),
                helmRelease("cert-manager", "cilium"),
                helmRelease("app", "cert-manager", "external"),
                helmRelease("x", "y"),
                helmRelease("y", "x")))
        .withStates(
            Map.of(
                hr("cilium"),
                new NodeState(Readiness.READY, "ok"),
                hr("app"),
                new NodeState(
                    Readiness.NOT_READY, "dependency 'flux-system/external' is not ready\nmore")));
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void rendersTheSampleGraph(GraphFormat format) throws IOException {
    DependencyGraph g = sample();
    String out = format.render(g, g.analyze());
    Path file = DIR.resolve(format.name().toLowerCase(java.util.Locale.ROOT) + ".out");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, out, StandardCharsets.UTF_8);
    }
    assertThat(out).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void quotingKeepsLabelsIntact() {
    assertThat(DotGraph.quote("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
    assertThat(MermaidGraph.escape("a\"b#<c>")).isEqualTo("a#quot;b#35;#lt;c#gt;");
  }

  @Test
  void emptyGraphRendersEverywhere() {
    DependencyGraph g = DependencyGraph.of(List.of());
    assertThat(GraphFormat.TEXT.render(g, g.analyze()))
        .startsWith("0 nodes, 0 edges, 0 waves\n")
        .contains("Cycles:\n  none\n");
    assertThat(GraphFormat.DOT.render(g, g.analyze())).endsWith("}\n");
    assertThat(GraphFormat.JSON.render(g, g.analyze())).contains("\"nodes\": []");
  }
}
