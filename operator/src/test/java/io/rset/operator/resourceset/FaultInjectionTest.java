package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.rset.kubetesting.FaultRule;
import io.rset.kubetesting.RecordedCall;
import io.rset.operator.api.ResourceSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults on the way from v1 to v2 of a two-step ResourceSet (v2 changes one ConfigMap, adds one and
 * drops one): HTTP 500s, 409 conflicts and timeouts (the write happens, the response comes too
 * late) on dry-runs, applies, reads, deletes, status patches and events, and operator crashes in
 * the middle of the multi-step apply. Every scenario ends the same way: all v2 objects exist with
 * v2 content, the dropped object is gone, the unowned ConfigMap in the same namespace is still
 * there, no DELETE touched anything but the dropped object, and the status converges to Ready with
 * the v2 inventory. Scenarios run in their own namespaces on one cluster and operator.
 */
class FaultInjectionTest {
  /** The operator client's request timeout; timeout faults delay responses beyond it. */
  static final int CLIENT_TIMEOUT_MS = 1500;

  static final Duration LATE = Duration.ofMillis(2500);
  static final AtomicInteger SCENARIOS_RUN = new AtomicInteger();
  private static OperatorHarness h;

  @BeforeAll
  static void start() {
    h = OperatorHarness.start(s -> s, CLIENT_TIMEOUT_MS);
  }

  @AfterAll
  static void stop() {
    h.close();
    System.out.println("fault scenarios run: " + SCENARIOS_RUN.get());
  }

  static String rset(String ns, boolean v2, String deployment) {
    String base =
        """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: app
          namespace: %1$s
        spec:
          inputs:
            - n: a
            - n: b
            - n: c
          steps:
            - name: base
              resources:
        %3$s
                - apiVersion: v1
                  kind: ConfigMap
                  metadata:
                    name: << inputs.n >>
                    namespace: %1$s
                  data:
                    version: << if eq inputs.n "b" >>%2$s<< else >>v1<< end >>
            - name: extra
              resourcesTemplate: |
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: d-<< inputs.n >>
                  namespace: %1$s
                ---
                apiVersion: v1
                kind: Secret
                metadata:
                  name: s
                  namespace: %1$s
                stringData:
                  token: t
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: %4$s
                  namespace: %1$s
        """;
    return base.formatted(
        ns, v2 ? "v2" : "v1", deployment.indent(8).stripTrailing(), v2 ? "g" : "x");
  }

  static final String DEPLOYMENT =
      """
      - apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: %s
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
                - name: web
                  image: nginx
      """;

  /** A fault scenario: what to do once v1 is ready, just before v2 is submitted. */
  record Scenario(String name, boolean withDeployment, BiConsumer<OperatorHarness, String> inject) {
    @Override
    public String toString() {
      return name;
    }
  }

  static String configMaps(String ns) {
    return "/api/v1/namespaces/" + ns + "/configmaps/[^/]+";
  }

  static String objects(String ns) {
    return "/api/v1/namespaces/" + ns + "/(configmaps|secrets)/[^/]+";
  }

  static String status(String ns) {
    return "/apis/fluxcd.controlplane.io/v1/namespaces/" + ns + "/resourcesets/app/status";
  }

  static FaultRule.Builder applies(String ns) {
    return FaultRule.on("PATCH", objects(ns)).when(c -> !c.isDryRun());
  }

  static FaultRule.Builder dryRuns(String ns) {
    return FaultRule.on("PATCH", objects(ns)).when(RecordedCall::isDryRun);
  }

  static Stream<Scenario> scenarios() {
    List<Scenario> s = new ArrayList<>();
    s.add(
        new Scenario(
            "500 on the first apply",
            false,
            (h, ns) -> h.cluster.faults().add(applies(ns).nth(1).serverError())));
    s.add(
        new Scenario(
            "500 on the first 3 applies",
            false,
            (h, ns) -> h.cluster.faults().add(applies(ns).first(3).serverError())));
    s.add(
        new Scenario(
            "500 on the second dry-run",
            false,
            (h, ns) -> h.cluster.faults().add(dryRuns(ns).nth(2).serverError())));
    s.add(
        new Scenario(
            "409 on the first apply",
            false,
            (h, ns) -> h.cluster.faults().add(applies(ns).nth(1).conflict())));
    s.add(
        new Scenario(
            "409 on the first 2 applies",
            false,
            (h, ns) -> h.cluster.faults().add(applies(ns).first(2).conflict())));
    s.add(
        new Scenario(
            "timeout on the first apply",
            false,
            (h, ns) -> h.cluster.faults().add(applies(ns).nth(1).delay(LATE))));
    s.add(
        new Scenario(
            "timeout on the first dry-run",
            false,
            (h, ns) -> h.cluster.faults().add(dryRuns(ns).nth(1).delay(LATE))));
    s.add(
        new Scenario(
            "500 on the stale object's delete",
            false,
            (h, ns) ->
                h.cluster
                    .faults()
                    .add(FaultRule.on("DELETE", configMaps(ns)).nth(1).serverError())));
    s.add(
        new Scenario(
            "409 on the first 2 deletes",
            false,
            (h, ns) ->
                h.cluster
                    .faults()
                    .add(FaultRule.on("DELETE", configMaps(ns)).first(2).conflict())));
    s.add(
        new Scenario(
            "timeout on the delete",
            false,
            (h, ns) ->
                h.cluster.faults().add(FaultRule.on("DELETE", configMaps(ns)).nth(1).delay(LATE))));
    s.add(
        new Scenario(
            "500 on a read of a generated object",
            false,
            (h, ns) ->
                h.cluster.faults().add(FaultRule.on("GET", objects(ns)).nth(3).serverError())));
    s.add(
        new Scenario(
            "500 on the progress status patch",
            false,
            (h, ns) ->
                h.cluster.faults().add(FaultRule.on("PATCH", status(ns)).nth(1).serverError())));
    s.add(
        new Scenario(
            "409 on the first 2 status patches",
            false,
            (h, ns) ->
                h.cluster.faults().add(FaultRule.on("PATCH", status(ns)).first(2).conflict())));
    s.add(
        new Scenario(
            "timeout on a status patch",
            false,
            (h, ns) ->
                h.cluster.faults().add(FaultRule.on("PATCH", status(ns)).nth(2).delay(LATE))));
    s.add(
        new Scenario(
            "500 on every event",
            false,
            (h, ns) ->
                h.cluster
                    .faults()
                    .add(
                        FaultRule.on("POST", "/api/v1/namespaces/" + ns + "/events")
                            .always()
                            .serverError())));
    s.add(
        new Scenario(
            "500 on every other write for a while",
            false,
            (h, ns) -> {
              AtomicInteger n = new AtomicInteger();
              h.cluster
                  .faults()
                  .add(
                      FaultRule.on("*", objects(ns))
                          .when(c -> !c.method().equals("GET") && n.incrementAndGet() % 2 == 0)
                          .first(4)
                          .serverError());
            }));
    s.add(new Scenario("operator crash while a step waits for health", true, (h, ns) -> {}));
    s.add(
        new Scenario(
            "operator crash during a step-2 apply",
            false,
            (h, ns) -> {
              h.cluster
                  .faults()
                  .add(
                      applies(ns).when(c -> c.path().endsWith("/configmaps/g")).nth(1).delay(LATE));
            }));
    return s.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void converges(Scenario scenario) throws Exception {
    SCENARIOS_RUN.incrementAndGet();
    String ns = "f" + Math.abs(scenario.name().hashCode());
    String deployment = scenario.withDeployment() ? DEPLOYMENT.formatted(ns) : "";
    h.client
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("unowned")
                .withNamespace(ns)
                .endMetadata()
                .addToData("keep", "me")
                .build())
        .create();
    h.create(rset(ns, false, deployment));
    if (scenario.withDeployment()) {
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> h.client.apps().deployments().inNamespace(ns).withName("web").get() != null);
      markReady(ns);
    }
    ResourceSet v1 = h.awaitReadyTrue(ns, "app");
    assertThat(v1.getStatus().inventoryEntries())
        .extracting(e -> e.get("id"))
        .contains(ns + "_x__ConfigMap");

    long mark = h.cluster.requests().size();
    scenario.inject().accept(h, ns);
    ResourceSet submitted = h.update(rset(ns, true, deployment));
    long generation = submitted.getMetadata().getGeneration();

    if (scenario.name().startsWith("operator crash while")) {
      // v2 changes nothing in step 1; make the Deployment unready so step 1 waits, then crash
      Deployment d = h.client.apps().deployments().inNamespace(ns).withName("web").get();
      d.getStatus().setReadyReplicas(0);
      h.client.resource(d).updateStatus();
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(50))
          .until(
              () -> {
                Map<String, Object> c = h.condition(ns, "app", "Reconciling");
                return c != null
                    && "Applying step 1/2 \"base\"".equals(c.get("message"))
                    && generation == ((Number) c.get("observedGeneration")).longValue();
              });
      h.crashAndRestartOperator();
      markReady(ns);
    } else if (scenario.name().startsWith("operator crash during")) {
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(50))
          .until(
              () ->
                  h.cluster.requests().since(mark).stream()
                      .anyMatch(
                          c -> c.isApply() && !c.isDryRun() && c.path().endsWith("/configmaps/g")));
      h.crashAndRestartOperator();
    }

    ResourceSet done =
        h.awaitReady(
            ns,
            "app",
            c ->
                "True".equals(c.get("status"))
                    && ((Number) c.get("observedGeneration")).longValue() == generation);
    h.cluster.faults().clear();

    Set<String> expected =
        Set.of(
            ns + "_a__ConfigMap",
            ns + "_b__ConfigMap",
            ns + "_c__ConfigMap",
            ns + "_d-a__ConfigMap",
            ns + "_d-b__ConfigMap",
            ns + "_d-c__ConfigMap",
            ns + "_s__Secret",
            ns + "_g__ConfigMap");
    Set<String> inventory =
        done.getStatus().inventoryEntries().stream()
            .map(e -> (String) e.get("id"))
            .filter(id -> !id.endsWith("_Deployment"))
            .collect(Collectors.toSet());
    assertThat(inventory).isEqualTo(expected);
    for (String id : expected) {
      String name = id.split("_")[1];
      String kind = id.endsWith("Secret") ? "Secret" : "ConfigMap";
      assertThat(h.object("v1", kind, ns, name)).as(id).isNotNull();
      assertThat(h.object("v1", kind, ns, name).getMetadata().getLabels())
          .containsEntry("resourceset.fluxcd.controlplane.io/name", "app");
    }
    assertThat(h.client.configMaps().inNamespace(ns).withName("b").get().getData())
        .containsEntry("version", "v2");
    assertThat(h.client.configMaps().inNamespace(ns).withName("x").get()).isNull();
    assertThat(h.client.configMaps().inNamespace(ns).withName("unowned").get().getData())
        .containsEntry("keep", "me");
    assertThat(h.cluster.requests().since(mark).stream().filter(c -> c.method().equals("DELETE")))
        .allSatisfy(
            c -> assertThat(c.path()).isEqualTo("/api/v1/namespaces/" + ns + "/configmaps/x"));
    assertThat(done.getStatus().condition("Reconciling")).isNull();
    assertThat(done.getStatus().condition("Stalled")).isNull();
  }

  private static void markReady(String ns) {
    Deployment d = h.client.apps().deployments().inNamespace(ns).withName("web").get();
    d.setStatus(
        new DeploymentStatusBuilder()
            .withObservedGeneration(d.getMetadata().getGeneration())
            .withReplicas(1)
            .withUpdatedReplicas(1)
            .withReadyReplicas(1)
            .withAvailableReplicas(1)
            .build());
    h.client.resource(d).updateStatus();
  }

  @Test
  void everyFaultRuleFired() {
    // guards the scenarios above against rules that never match: each kind of request they
    // target must occur in a plain reconcile
    String ns = "probe";
    long mark = h.cluster.requests().size();
    h.create(rset(ns, false, ""));
    h.awaitReadyTrue(ns, "app");
    List<RecordedCall> calls = h.cluster.requests().since(mark);
    assertThat(calls).anyMatch(c -> c.isApply() && !c.isDryRun() && c.path().matches(objects(ns)));
    assertThat(calls).anyMatch(c -> c.isApply() && c.isDryRun() && c.path().matches(objects(ns)));
    assertThat(calls).anyMatch(c -> c.method().equals("GET") && c.path().matches(objects(ns)));
    assertThat(calls).anyMatch(c -> c.method().equals("PATCH") && c.path().equals(status(ns)));
    assertThat(calls).anyMatch(c -> c.method().equals("POST") && c.path().endsWith(ns + "/events"));
  }
}
