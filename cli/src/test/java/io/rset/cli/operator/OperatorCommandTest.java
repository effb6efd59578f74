package io.rset.cli.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.rset.kubetesting.MockCluster;
import io.rset.operator.api.Crds;
import io.rset.operator.api.ResourceSetInputProvider;
import io.rset.operator.runtime.ListenAddress;
import io.rset.operator.runtime.OperatorSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code rset operator}: flags, usage errors, and a run against the mock server. */
class OperatorCommandTest {
  private static OperatorSettings parse(String... args) {
    OperatorCommand command = new OperatorCommand();
    new CommandLine(command).parseArgs(args);
    return command.settings();
  }

  @Test
  void defaultsAreFluxs() {
    OperatorSettings s = parse();

    assertThat(s.watchNamespaces()).isEmpty();
    assertThat(s.concurrent()).isEqualTo(10);
    assertThat(s.requeueDependency()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.leaderElection()).isNull();
    assertThat(s.metricsAddress()).isEqualTo(new ListenAddress("", 8080));
    assertThat(s.healthAddress()).isEqualTo(new ListenAddress("", 8081));
    assertThat(s.overrideManagers()).isEmpty();
  }

  @Test
  void flagsAreParsed() {
    OperatorSettings s =
        parse(
            "--watch-namespace=team-a,team-b",
            "--watch-namespace",
            "team-c",
            "--concurrent=4",
            "--requeue-dependency=1m30s",
            "--default-service-account=deployer",
            "--leader-elect",
            "--leader-election-id=my-lease",
            "--leader-election-namespace=ops",
            "--metrics-addr=127.0.0.1:9090",
            "--health-addr=0",
            "--override-manager=argocd-controller,terraform",
            "--override-manager",
            "argocd-controller",
            "--override-manager=pulumi");

    assertThat(s.watchNamespaces()).containsExactlyInAnyOrder("team-a", "team-b", "team-c");
    assertThat(s.concurrent()).isEqualTo(4);
    assertThat(s.requeueDependency()).isEqualTo(Duration.ofSeconds(90));
    assertThat(s.defaultServiceAccount()).isEqualTo("deployer");
    assertThat(s.leaderElection().leaseName()).isEqualTo("my-lease");
    assertThat(s.leaderElection().leaseNamespace()).isEqualTo("ops");
    assertThat(s.leaderElection().leaseDuration()).isEqualTo(Duration.ofSeconds(35));
    assertThat(s.leaderElection().exitOnStopLeading()).isTrue();
    assertThat(s.metricsAddress()).isEqualTo(new ListenAddress("127.0.0.1", 9090));
    assertThat(s.healthAddress().disabled()).isTrue();
    assertThat(s.overrideManagers()).containsExactly("argocd-controller", "terraform", "pulumi");
  }

  @Test
  void badFlagValuesAreUsageErrors() {
    Rset address = Rset.run("operator", "--metrics-addr", "8080");
    assertThat(address.exitCode()).isEqualTo(2);
    assertThat(address.err())
        .startsWith(
            "✗ Invalid value for option '--metrics-addr': invalid address \"8080\": missing port"
                + " in address");

    Rset duration = Rset.run("operator", "--requeue-dependency", "5x");
    assertThat(duration.exitCode()).isEqualTo(2);
    assertThat(duration.err())
        .startsWith(
            "✗ Invalid value for option '--requeue-dependency': time: unknown unit \"x\" in"
                + " duration \"5x\"");

    Rset level = Rset.run("operator", "--log-level", "verbose");
    assertThat(level.exitCode()).isEqualTo(2);
    assertThat(level.err())
        .startsWith(
            "✗ Invalid value for option '--log-level': invalid log level \"verbose\": must be one"
                + " of trace, debug, info, warn, error");

    Rset workers = Rset.run("operator", "--concurrent", "0");
    assertThat(workers.exitCode()).isEqualTo(1);
    assertThat(workers.err()).isEqualTo("✗ --concurrent must be at least 1, got 0\n");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static HttpResponse<String> get(int port, String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  @Test
  void operatorRunsAgainstTheClusterServesProbesAndMetricsAndStopsWhenInterrupted()
      throws Exception {
    try (MockCluster cluster = MockCluster.start()) {
      cluster.createCrds(Crds.ALL.toArray(String[]::new));
      int metrics = freePort();
      int health = freePort();
      AtomicReference<Rset> result = new AtomicReference<>();
      Thread operator =
          new Thread(
              () ->
                  result.set(
                      Rset.run(
                          "operator",
                          "--kube-server",
                          cluster.url(),
                          "--metrics-addr=127.0.0.1:" + metrics,
                          "--health-addr=127.0.0.1:" + health,
                          "--watch-namespace=apps")));
      operator.start();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                HttpResponse<String> r = get(health, "/readyz");
                return r != null && r.statusCode() == 200;
              });

      ResourceSetInputProvider p = new ResourceSetInputProvider();
      p.setMetadata(new ObjectMetaBuilder().withNamespace("apps").withName("static").build());
      p.setSpec(new ResourceSetInputProvider.Spec(Map.of("type", "Static")));
      cluster.client().resource(p).create();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> get(metrics, "/metrics").body().contains("ready=\"True\""));
      assertThat(get(health, "/healthz").statusCode()).isEqualTo(200);

      operator.interrupt();
      operator.join(30_000);

      Rset run = result.get();
      assertThat(run.exitCode()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out())
          .contains("\"msg\":\"Starting operator: namespaces=[apps], concurrent=10")
          .containsPattern(
              "\\{\"level\":\"info\",\"ts\":\"[^\"]+\",\"logger\":\"io.rset.operator.provider"
                  + ".InputProviderReconciler\",\"msg\":\"Reconciliation finished in [^\"]+\","
                  + "\"kind\":\"ResourceSetInputProvider\",\"namespace\":\"apps\","
                  + "\"name\":\"static\"\\}");
      assertThat(Set.of(run.out().split("\n")))
          .allMatch(line -> line.startsWith("{\"level\":") && line.endsWith("}"));
    }
  }
}
