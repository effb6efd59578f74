package io.rset.cli.platform;

import static io.rset.cli.platform.PlatformGolden.FIXTURES;
import static io.rset.cli.platform.PlatformGolden.assertMatches;
import static io.rset.cli.platform.PlatformGolden.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.rset.cli.platform.PlatformGolden.Run;
import org.junit.jupiter.api.Test;

/** {@code rset platform graph} end to end in every format (golden files). */
class PlatformGraphCommandTest {
  @Test
  void textOfACleanPlatform() {
    Run r = run("platform", "graph", FIXTURES + "clean");
    assertThat(r.exitCode()).isZero();
    assertMatches("graph-clean-text", r);
  }

  @Test
  void cyclesAreReportedInEveryFormat() {
    for (String format : new String[] {"text", "mermaid", "dot", "json"}) {
      Run r = run("platform", "graph", "-o", format, FIXTURES + "dependency-cycle");
      assertThat(r.exitCode()).isZero();
      assertThat(r.err()).isEqualTo("⚠ 2 dependency cycles: 4 nodes can never become ready\n");
      assertMatches("graph-cycle-" + format, r);
    }
  }

  @Test
  void undefinedDependenciesAreShown() {
    Run r = run("platform", "graph", "-o", "dot", FIXTURES + "unknown-dependency");
    assertThat(r.out()).contains("\"HelmRelease/flux-system/cert-manger\" [label=");
    assertMatches("graph-unknown-dependency-dot", r);
  }

  @Test
  void buildProblemsAreMentioned() {
    Run r = run("platform", "graph", FIXTURES + "template-error");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).startsWith("⚠ the build reported 1 problem;");
  }

  @Test
  void missingDirectory() {
    Run r = run("platform", "graph", "nope");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("✗ nope: not a directory\n");
  }
}
