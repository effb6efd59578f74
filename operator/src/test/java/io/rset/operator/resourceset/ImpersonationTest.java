package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rset.kubetesting.RecordedCall;
import io.rset.operator.api.ResourceSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With {@code spec.serviceAccountName} (or the default service account setting) every request on
 * the ResourceSet's generated and referenced objects impersonates the service account; only the
 * ResourceSet's own status, its events and (as in Flux) dependency and provider reads use the
 * operator's identity.
 */
class ImpersonationTest {
  static final String RSET =
      """
      apiVersion: fluxcd.controlplane.io/v1
      kind: ResourceSet
      metadata:
        name: tenant
        namespace: team
      spec:
        %s
        inputs:
          - n: one
          - n: two
        resources:
          - apiVersion: v1
            kind: ConfigMap
            metadata:
              name: << inputs.n >>
              namespace: team
              annotations:
                fluxcd.controlplane.io/copyFrom: shared/source
      """;

  /** Requests that are about the ResourceSet's objects: everything but RSet status and events. */
  private static List<RecordedCall> objectRequests(OperatorHarness h, long mark, long end) {
    return h.cluster.requests().since(mark).subList(0, (int) (end - mark)).stream()
        .filter(
            c ->
                c.path().startsWith("/api/v1/namespaces/team/configmaps")
                    || c.path().startsWith("/api/v1/namespaces/shared/configmaps"))
        .filter(c -> !c.isWatch())
        .toList();
  }

  private static void source(OperatorHarness h) {
    h.client
        .resource(
            new io.fabric8.kubernetes.api.model.ConfigMapBuilder()
                .withNewMetadata()
                .withName("source")
                .withNamespace("shared")
                .endMetadata()
                .addToData("k", "v")
                .build())
        .create();
  }

  @Test
  void everyObjectRequestImpersonatesTheServiceAccount() {
    try (OperatorHarness h = OperatorHarness.start()) {
      source(h);
      long mark = h.cluster.requests().size();
      h.create(RSET.formatted("serviceAccountName: deployer"));
      h.awaitReadyTrue("team", "tenant");
      List<RecordedCall> calls = objectRequests(h, mark, h.cluster.requests().size());
      assertThat(calls).extracting(RecordedCall::method).contains("GET", "PATCH");
      assertThat(calls)
          .allSatisfy(
              c ->
                  assertThat(c.impersonatedUser())
                      .as(c.toString())
                      .isEqualTo("system:serviceaccount:team:deployer"));
      assertThat(h.client.configMaps().inNamespace("team").withName("one").get().getData())
          .containsEntry("k", "v");

      // deletion goes through the service account too
      mark = h.cluster.requests().size();
      h.client.resources(ResourceSet.class).inNamespace("team").withName("tenant").delete();
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> h.get("team", "tenant") == null);
      long end = h.cluster.requests().size();
      // the ServiceAccount does not exist: uninstall is skipped (spec §4.9)
      assertThat(h.client.configMaps().inNamespace("team").withName("one").get()).isNotNull();
      assertThat(objectRequests(h, mark, end)).isEmpty();
    }
  }

  @Test
  void uninstallImpersonatesWhenTheServiceAccountExists() {
    try (OperatorHarness h = OperatorHarness.start()) {
      source(h);
      h.client
          .serviceAccounts()
          .inNamespace("team")
          .resource(
              new io.fabric8.kubernetes.api.model.ServiceAccountBuilder()
                  .withNewMetadata()
                  .withName("deployer")
                  .withNamespace("team")
                  .endMetadata()
                  .build())
          .create();
      h.create(RSET.formatted("serviceAccountName: deployer"));
      h.awaitReadyTrue("team", "tenant");
      long mark = h.cluster.requests().size();
      h.client.resources(ResourceSet.class).inNamespace("team").withName("tenant").delete();
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> h.get("team", "tenant") == null);
      List<RecordedCall> calls = objectRequests(h, mark, h.cluster.requests().size());
      assertThat(h.client.configMaps().inNamespace("team").list().getItems()).isEmpty();
      assertThat(calls).extracting(RecordedCall::method).contains("DELETE");
      assertThat(calls)
          .allSatisfy(
              c ->
                  assertThat(c.impersonatedUser())
                      .isEqualTo("system:serviceaccount:team:deployer"));
    }
  }

  @Test
  void theDefaultServiceAccountAppliesWhenTheSpecNamesNone() {
    try (OperatorHarness h =
        OperatorHarness.start(s -> s.withDefaultServiceAccount("flux-applier"))) {
      source(h);
      long mark = h.cluster.requests().size();
      h.create(RSET.formatted(""));
      h.awaitReadyTrue("team", "tenant");
      assertThat(objectRequests(h, mark, h.cluster.requests().size()))
          .isNotEmpty()
          .allSatisfy(
              c ->
                  assertThat(c.impersonatedUser())
                      .isEqualTo("system:serviceaccount:team:flux-applier"));
    }
  }

  @Test
  void withoutServiceAccountTheOperatorUsesItsOwnIdentity() {
    try (OperatorHarness h = OperatorHarness.start()) {
      source(h);
      long mark = h.cluster.requests().size();
      h.create(RSET.formatted(""));
      h.awaitReadyTrue("team", "tenant");
      assertThat(objectRequests(h, mark, h.cluster.requests().size()))
          .isNotEmpty()
          .allSatisfy(c -> assertThat(c.impersonatedUser()).isNull());
    }
  }
}
