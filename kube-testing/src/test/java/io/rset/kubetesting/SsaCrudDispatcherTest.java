package io.rset.kubetesting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simplified server-side apply, merge patch, dry-run, discovery, recording and faults. The
 * assertions avoid what the simplification does not model (managedFields, manager conflicts, list
 * merge keys).
 */
class SsaCrudDispatcherTest {
  private MockCluster cluster;
  private KubernetesClient client;

  @BeforeEach
  void start() {
    cluster = MockCluster.start();
    client = cluster.client();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private static ConfigMap cm(Map<String, String> data) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName("cm")
        .withNamespace("ns")
        .endMetadata()
        .withData(data)
        .build();
  }

  private ConfigMap apply(ConfigMap cm) {
    return client.resource(cm).fieldManager("mgr").forceConflicts().serverSideApply();
  }

  @Test
  void applyCreatesThenMergesAndDropsFieldsTheManagerNoLongerApplies() {
    ConfigMap created = apply(cm(Map.of("a", "1", "b", "2")));
    assertThat(created.getMetadata().getUid()).isNotBlank();
    assertThat(client.configMaps().inNamespace("ns").withName("cm").get().getData())
        .isEqualTo(Map.of("a", "1", "b", "2"));

    apply(cm(Map.of("a", "1")));
    assertThat(client.configMaps().inNamespace("ns").withName("cm").get().getData())
        .isEqualTo(Map.of("a", "1"));

    List<RecordedCall> applies = cluster.requests().matching(RecordedCall::isApply);
    assertThat(applies).hasSize(2);
    assertThat(applies.get(0).query()).containsEntry("fieldManager", "mgr");
    assertThat(applies.get(0).query()).containsEntry("force", "true");
  }

  @Test
  void fieldsOfOtherWritersSurviveAnApply() {
    client.resource(cm(Map.of("other", "x"))).create();
    apply(cm(Map.of("a", "1")));
    assertThat(client.configMaps().inNamespace("ns").withName("cm").get().getData())
        .isEqualTo(Map.of("other", "x", "a", "1"));
  }

  @Test
  void dryRunReturnsTheResultWithoutStoringIt() {
    apply(cm(Map.of("a", "1")));
    String rv =
        client
            .configMaps()
            .inNamespace("ns")
            .withName("cm")
            .get()
            .getMetadata()
            .getResourceVersion();
    ConfigMap dry =
        client
            .resource(cm(Map.of("a", "2")))
            .dryRun()
            .fieldManager("mgr")
            .forceConflicts()
            .serverSideApply();
    assertThat(dry.getData()).containsEntry("a", "2");
    ConfigMap stored = client.configMaps().inNamespace("ns").withName("cm").get();
    assertThat(stored.getData()).containsEntry("a", "1");
    assertThat(stored.getMetadata().getResourceVersion()).isEqualTo(rv);

    ConfigMap missing =
        client
            .resource(
                cm(Map.of("a", "3")).edit().editMetadata().withName("new").endMetadata().build())
            .dryRun()
            .fieldManager("mgr")
            .serverSideApply();
    assertThat(missing.getData()).containsEntry("a", "3");
    assertThat(client.configMaps().inNamespace("ns").withName("new").get()).isNull();
  }

  @Test
  void statusApplyChangesOnlyTheStatus() {
    cluster.createCrds("widgets-crd.yaml");
    GenericKubernetesResource w = new GenericKubernetesResource();
    w.setApiVersion("example.io/v1");
    w.setKind("Widget");
    w.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName("w")
            .withNamespace("ns")
            .build());
    w.setAdditionalProperty("spec", Map.of("size", 1));
    client.resource(w).fieldManager("mgr").serverSideApply();
    GenericKubernetesResource status = new GenericKubernetesResource();
    status.setApiVersion("example.io/v1");
    status.setKind("Widget");
    status.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName("w")
            .withNamespace("ns")
            .build());
    status.setAdditionalProperty("status", Map.of("phase", "Ready"));
    client
        .resource(status)
        .subresource("status")
        .patch(
            new PatchContext.Builder()
                .withPatchType(PatchType.SERVER_SIDE_APPLY)
                .withFieldManager("ctl")
                .withForce(true)
                .build(),
            status);

    GenericKubernetesResource stored =
        client
            .genericKubernetesResources("example.io/v1", "Widget")
            .inNamespace("ns")
            .withName("w")
            .get();
    assertThat(stored.getAdditionalProperties())
        .containsEntry("spec", Map.of("size", 1))
        .containsEntry("status", Map.of("phase", "Ready"));
    assertThat(stored.getMetadata().getGeneration()).isEqualTo(1L);
  }

  @Test
  void immutableFieldChangesAreRejectedAlsoInDryRun() {
    Deployment d =
        new DeploymentBuilder()
            .withNewMetadata()
            .withName("d")
            .withNamespace("ns")
            .endMetadata()
            .withNewSpec()
            .withNewSelector()
            .addToMatchLabels("app", "a")
            .endSelector()
            .endSpec()
            .build();
    client.resource(d).fieldManager("mgr").serverSideApply();
    Deployment changed =
        new DeploymentBuilder(d)
            .editSpec()
            .editSelector()
            .addToMatchLabels("app", "b")
            .endSelector()
            .endSpec()
            .build();
    assertThatThrownBy(
            () -> client.resource(changed).dryRun().fieldManager("mgr").serverSideApply())
        .isInstanceOfSatisfying(
            KubernetesClientException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(422);
              assertThat(e.getStatus().getMessage())
                  .isEqualTo(
                      "Deployment.apps \"d\" is invalid: spec.selector: Invalid value:"
                          + " {\"matchLabels\":{\"app\":\"b\"}}: field is immutable");
            });
  }

  @Test
  void mergePatchReplacesListsAndDeletesNulls() {
    client.resource(cm(Map.of("a", "1", "b", "2"))).create();
    client
        .configMaps()
        .inNamespace("ns")
        .withName("cm")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"data\":{\"b\":null,\"c\":\"3\"}}");
    assertThat(client.configMaps().inNamespace("ns").withName("cm").get().getData())
        .isEqualTo(Map.of("a", "1", "c", "3"));
  }

  @Test
  void discoveryServesBuiltInsAndStoredCrds() {
    cluster.createCrds("widgets-crd.yaml");
    assertThat(client.getKubernetesVersion().getMajor()).isEqualTo("1");
    assertThat(client.getApiResources("example.io/v1").getResources())
        .anySatisfy(r -> assertThat(r.getKind()).isEqualTo("Widget"))
        .anySatisfy(r -> assertThat(r.getName()).isEqualTo("widgets/status"));
    assertThat(client.getApiResources("apps/v1").getResources())
        .anySatisfy(r -> assertThat(r.getKind()).isEqualTo("Deployment"));
    assertThat(client.getApiGroups().getGroups())
        .anySatisfy(g -> assertThat(g.getName()).isEqualTo("example.io"));
  }

  @Test
  void impersonationHeadersAreRecorded() {
    KubernetesClient as =
        cluster.newClient(
            c ->
                c.withImpersonateUsername("system:serviceaccount:ns:deployer")
                    .withImpersonateGroups("system:serviceaccounts"));
    as.configMaps().inNamespace("ns").withName("x").get();
    RecordedCall call = cluster.requests().matching("GET", ".*/configmaps/x").get(0);
    assertThat(call.impersonatedUser()).isEqualTo("system:serviceaccount:ns:deployer");
    assertThat(call.impersonatedGroups()).containsExactly("system:serviceaccounts");
    client.configMaps().inNamespace("ns").withName("y").get();
    assertThat(cluster.requests().matching("GET", ".*/configmaps/y").get(0).impersonatedUser())
        .isNull();
  }

  @Test
  void faultsFailTheNthMatchingRequestOnly() {
    FaultRule rule =
        cluster.faults().add(FaultRule.on("PATCH", ".*/configmaps/cm").nth(2).serverError());
    apply(cm(Map.of("a", "1")));
    assertThatThrownBy(() -> apply(cm(Map.of("a", "2"))))
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(500));
    apply(cm(Map.of("a", "3")));
    assertThat(rule.hits()).isEqualTo(1);
    assertThat(client.configMaps().inNamespace("ns").withName("cm").get().getData())
        .containsEntry("a", "3");
  }

  @Test
  void conflictFaultsOnDelete() {
    client.resource(cm(Map.of())).create();
    cluster.faults().add(FaultRule.on("DELETE", ".*").always().conflict());
    assertThatThrownBy(() -> client.configMaps().inNamespace("ns").withName("cm").delete())
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));
    cluster.faults().clear();
    client.configMaps().inNamespace("ns").withName("cm").delete();
    assertThat(client.configMaps().inNamespace("ns").withName("cm").get()).isNull();
  }

  @Test
  void delayedResponsesTimeOutButTheWriteHappens() {
    KubernetesClient impatient = cluster.newClient(c -> c.withRequestTimeout(200));
    cluster.faults().add(FaultRule.on("PATCH", ".*").first(1).delay(Duration.ofSeconds(1)));
    assertThatThrownBy(
            () -> impatient.resource(cm(Map.of("a", "1"))).fieldManager("m").serverSideApply())
        .isInstanceOf(KubernetesClientException.class);
    assertThat(client.configMaps().inNamespace("ns").withName("cm").get()).isNotNull();
  }

  @Test
  void deleteWithAStaleUidPreconditionConflicts() throws Exception {
    client.resource(cm(Map.of())).create();
    java.net.http.HttpResponse<String> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(cluster.url() + "api/v1/namespaces/ns/configmaps/cm"))
                    .header("Content-Type", "application/json")
                    .method(
                        "DELETE",
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"preconditions\":{\"uid\":\"other\"}}"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(client.configMaps().inNamespace("ns").withName("cm").get()).isNotNull();
  }
}
