package io.rset.operator.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.rset.kubetesting.MockCluster;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Finding notification-controller through the cluster's FluxInstance (spec §4.12). */
class NotificationAddressTest {
  static GenericKubernetesResource instance(String namespace, String spec) {
    return Serialization.unmarshal(
        """
        apiVersion: fluxcd.controlplane.io/v1
        kind: FluxInstance
        metadata:
          name: flux
          namespace: %s
        spec:
        %s
        """
            .formatted(namespace, spec.indent(2)),
        GenericKubernetesResource.class);
  }

  static final String WITH_NC =
      """
      distribution:
        version: "2.x"
      components:
        - source-controller
        - kustomize-controller
        - notification-controller
      """;

  @Test
  void theOnlyInstanceWithNotificationController() {
    assertThat(NotificationAddress.of(List.of(instance("flux-system", WITH_NC))))
        .isEqualTo(URI.create("http://notification-controller.flux-system.svc.cluster.local./"));
  }

  @Test
  void theInstanceClusterDomain() {
    assertThat(
            NotificationAddress.of(
                List.of(instance("gitops", WITH_NC + "cluster:\n  domain: corp.example\n"))))
        .isEqualTo(URI.create("http://notification-controller.gitops.svc.corp.example./"));
  }

  @Test
  void withoutComponentsTheDefaultsIncludeNotificationController() {
    assertThat(
            NotificationAddress.of(
                List.of(instance("flux-system", "distribution:\n  version: \"2.x\"\n"))))
        .isEqualTo(URI.create("http://notification-controller.flux-system.svc.cluster.local./"));
  }

  @Test
  void noAddressWithoutNotificationControllerOrExactlyOneInstance() {
    assertThat(
            NotificationAddress.of(
                List.of(
                    instance(
                        "flux-system",
                        "components:\n  - source-controller\n  - helm-controller\n"))))
        .isNull();
    assertThat(NotificationAddress.of(List.of())).isNull();
    assertThat(
            NotificationAddress.of(
                List.of(instance("flux-system", WITH_NC), instance("other", WITH_NC))))
        .isNull();
  }

  @Test
  void discoveryListsInstancesOnTheClusterAndCachesForTheTtl() {
    try (MockCluster cluster = MockCluster.start()) {
      KubernetesClient client = cluster.client();
      AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
      Clock clock =
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now.get();
            }
          };
      Supplier<URI> address = NotificationAddress.discovering(client, Duration.ofMinutes(1), clock);
      // no FluxInstance CRD: no address, no exception
      assertThat(address.get()).isNull();

      cluster.createCrds("notification/fluxinstances.yaml");
      client.resource(instance("flux-system", WITH_NC)).create();
      assertThat(address.get()).as("cached until the TTL passes").isNull();
      now.set(now.get().plusSeconds(61));
      assertThat(address.get())
          .isEqualTo(URI.create("http://notification-controller.flux-system.svc.cluster.local./"));

      client.resource(instance("other", WITH_NC)).create();
      now.set(now.get().plusSeconds(61));
      assertThat(address.get()).as("two instances").isNull();
    }
  }
}
