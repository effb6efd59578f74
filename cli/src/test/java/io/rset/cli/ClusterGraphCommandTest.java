package io.rset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rset graph --live} against a mock API server holding a platform mid-failure. */
class ClusterGraphCommandTest {
  @TempDir static Path dir;
  private static MockApiServer server;

  @BeforeAll
  static void start() {
    server = new MockApiServer(dir).fixture("live.yaml");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static CliRun rset(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--kubeconfig");
    all.add(server.kubeconfig());
    return CliRun.of(all.toArray(String[]::new));
  }

  @Test
  void liveGraphOfAllNamespaces() {
    CliRun run = rset("graph", "--live", "-A");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("cluster-graph-live", run);
  }

  @Test
  void liveGraphOfANamespaceAsMermaid() {
    CliRun run = rset("graph", "--live", "-n", "apps", "-o", "mermaid");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("cluster-graph-live-mermaid", run);
  }

  @Test
  void liveGraphAsJson() {
    CliRun run = rset("graph", "--live", "-o", "json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("{\n")
        .contains("\"id\": \"Namespace/tenants\"")
        .contains("\"ready\": \"Missing\"");
  }

  @Test
  void graphWithoutLiveIsAUsageError() {
    CliRun run = rset("graph");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("✗ Missing required option: '--live'\n");
  }

  @Test
  void unknownFormat() {
    CliRun run = rset("graph", "--live", "-o", "svg");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("✗ invalid output format 'svg', must be one of: text, mermaid, dot, json\n");
  }
}
