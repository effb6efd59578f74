package io.rset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rset get} and {@code rset tree} against a mock API server reached through a kubeconfig
 * (context namespace flux-system), in the UTC zone; and the user errors every cluster command
 * shares.
 */
class ClusterReadCommandsTest {
  @TempDir static Path dir;
  private static MockApiServer server;
  private static TimeZone zone;

  @BeforeAll
  static void start() {
    zone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    server =
        new MockApiServer(dir)
            .fixture("resourcesets.yaml")
            .fixture("inputproviders.yaml")
            .fixture("tree.yaml");
  }

  @AfterAll
  static void stop() {
    server.close();
    TimeZone.setDefault(zone);
  }

  private static CliRun rset(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--kubeconfig");
    all.add(server.kubeconfig());
    return CliRun.of(all.toArray(String[]::new));
  }

  @Test
  void getResourceSetsOfTheContextNamespace() {
    CliRun run = rset("get", "rset");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("cluster-get-rset", run);
  }

  @Test
  void getResourceSetsOfAllNamespaces() {
    CliRun run = rset("get", "resourcesets", "-A");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("cluster-get-rset-all", run);
  }

  @Test
  void getOneResourceSetInANamespace() {
    CliRun run = rset("get", "rset", "dashboards", "-n", "monitoring");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("cluster-get-rset-one", run);
  }

  @Test
  void getInputProviders() {
    CliRun run = rset("get", "rsip");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("cluster-get-rsip", run);
  }

  @Test
  void getAsYaml() {
    CliRun run = rset("get", "rset", "apps", "-o", "yaml");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches(
        "cluster-get-rset-yaml",
        new CliRun(
            run.exitCode(),
            run.out()
                .replaceAll("creationTimestamp: \"[^\"]*\"", "creationTimestamp: \"<now>\"")
                // fabric8's mock numbers uids across the whole JVM: other tests shift them
                .replaceAll("uid: [0-9a-f-]+", "uid: <uid>"),
            run.err()));
  }

  @Test
  void getTwoNamesIsTheCobraUsageError() {
    CliRun run = rset("get", "rset", "a", "b");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("✗ accepts at most 1 arg(s), received 2\n")
        .contains("rset get --help");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownKindIsAUserError() {
    CliRun run = rset("get", "deployments");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("cluster-get-unknown-kind", run);
  }

  @Test
  void unsupportedOutputFormat() {
    CliRun run = rset("get", "rset", "-o", "wide");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("✗ invalid output format 'wide', must be one of: table, yaml, json\n");
  }

  @Test
  void treeOfAResourceSet() {
    CliRun run = rset("tree", "rset", "platform");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("cluster-tree-platform", run);
  }

  @Test
  void treeOfAMissingResourceSet() {
    CliRun run = rset("tree", "rset", "nope");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "✗ failed to get ResourceSet/flux-system/nope: "
                + "resourcesets.fluxcd.controlplane.io \"nope\" not found\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void treeWithoutANameIsTheCobraUsageError() {
    CliRun run = rset("tree", "rset");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("✗ accepts 1 arg(s), received 0\n");
  }

  @Test
  void treeOfAHelmReleaseIsNotSupported() {
    CliRun run = rset("tree", "hr", "podinfo");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "✗ rset tree does not support HelmRelease, expected one of: resourceset (rset)\n");
  }

  @Test
  void missingKubeconfigFile() {
    CliRun run = CliRun.of("get", "rset", "--kubeconfig", dir.resolve("absent").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "✗ kubeconfig " + dir.resolve("absent") + " does not exist or is not readable\n");
  }

  @Test
  void noKubeconfigAtAll() {
    assumeTrue(System.getenv("KUBERNETES_SERVICE_HOST") == null, "runs inside a cluster");
    assumeTrue(System.getenv("KUBERNETES_MASTER") == null, "KUBERNETES_MASTER is set");
    String home = System.getProperty("user.home");
    String kubeconfig = System.getProperty("kubeconfig");
    try {
      System.setProperty("user.home", dir.toString());
      System.setProperty("kubeconfig", dir.resolve("absent").toString());
      CliRun run = CliRun.of("get", "rset");
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .isEqualTo(
              "✗ no cluster configured: set KUBECONFIG, pass --kubeconfig or --kube-server\n");
    } finally {
      System.setProperty("user.home", home);
      if (kubeconfig == null) {
        System.clearProperty("kubeconfig");
      } else {
        System.setProperty("kubeconfig", kubeconfig);
      }
    }
  }

  @Test
  void unreachableServer() {
    CliRun run = rset("get", "rset", "--kube-server", "http://127.0.0.1:9", "--timeout", "5s");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "✗ unable to list ResourceSet objects in namespace flux-system: unable to reach the"
                + " Kubernetes API server at http://127.0.0.1:9/: connection refused\n");
  }

  @Test
  void invalidTimeout() {
    CliRun run = rset("get", "rset", "--timeout", "soon");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "✗ invalid argument \"soon\" for \"--timeout\" flag: time: invalid duration \"soon\"\n");
  }
}
