package io.rset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rset why} end to end against the mock API server (kubeconfig context namespace
 * flux-system) holding {@code cluster/why.yaml}: golden outputs, exit codes and user errors.
 */
class WhyCommandTest {
  @TempDir static Path dir;
  private static MockApiServer server;

  @BeforeAll
  static void start() {
    server = new MockApiServer(dir).fixture("why.yaml");
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
  void notReadyReleaseIsExplainedDownToTheHelmRepository() {
    CliRun run = rset("why", "hr/grafana");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("why-dependency-chain", run);
  }

  @Test
  void kindAndNameMayBeTwoArguments() {
    CliRun slash = rset("why", "helmrelease/grafana");
    CliRun two = rset("why", "HelmRelease", "grafana", "-n", "flux-system");
    assertThat(two.exitCode()).isEqualTo(1);
    assertThat(two.out()).isEqualTo(slash.out());
  }

  @Test
  void jsonForScripts() {
    CliRun run = rset("why", "hr/grafana", "-o", "json");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("why-dependency-chain-json", run);
  }

  @Test
  void readyObjectExitsZero() {
    CliRun run = rset("why", "hr/cert-manager", "-n", "cert-manager");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("why-ready", run);
    assertThat(rset("why", "rset/platform-namespaces").exitCode()).isZero();
  }

  @Test
  @Timeout(60)
  void dependencyCycleIsPrintedAndEnds() {
    CliRun run = rset("why", "ks", "infra");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("why-cycle", run);
  }

  @Test
  void missingObjectIsAUserErrorWithASuggestion() {
    CliRun run = rset("why", "hr/grafna");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "✗ HelmRelease flux-system/grafna not found (did you mean flux-system/grafana?)\n");
  }

  @Test
  void unknownKindIsAUserError() {
    CliRun run = rset("why", "deployment/grafana");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("✗ unknown kind 'deployment' for rset why, expected one of: helmrelease (hr),")
        .doesNotContain("Exception");
  }

  @Test
  void unsupportedFluxKindIsAUserError() {
    CliRun run = rset("why", "fluxinstance/flux");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("✗ rset why does not support FluxInstance, expected one of:");
  }

  @Test
  void missingKubeconfigIsAUserError() {
    CliRun run = CliRun.of("why", "hr/grafana", "--kubeconfig", dir.resolve("absent").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "✗ kubeconfig " + dir.resolve("absent") + " does not exist or is not readable\n");
  }

  @Test
  void unreachableClusterIsAUserError() {
    CliRun run =
        rset("why", "hr/grafana", "--kube-server", "http://127.0.0.1:9", "--timeout", "5s");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "✗ unable to get HelmRelease flux-system/grafana: unable to reach the Kubernetes API"
                + " server at http://127.0.0.1:9/: connection refused\n");
  }

  @Test
  void targetWithoutANameIsAUsageError() {
    CliRun run = rset("why", "hr");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("✗ expected KIND/NAME or KIND NAME, got hr\n");
    assertThat(rset("why").exitCode()).isEqualTo(2);
    assertThat(rset("why", "hr", "a", "b").exitCode()).isEqualTo(2);
    assertThat(rset("why", "hr/a", "b").exitCode()).isEqualTo(2);
  }

  @Test
  void unknownOutputFormatIsAUsageError() {
    CliRun run = rset("why", "hr/grafana", "-o", "yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("✗ Invalid value for option '--output'");
  }
}
