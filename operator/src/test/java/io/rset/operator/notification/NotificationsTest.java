package io.rset.operator.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The environment switches: NOTIFICATIONS_DISABLED and NOTIFICATION_CONTROLLER_ADDRESS. */
class NotificationsTest {
  @Test
  void disabledWinsOverAnAddress() {
    assertThat(
            Notifications.fromEnvironment(
                Map.of(
                    Notifications.DISABLED_ENV, "yes",
                    Notifications.ADDRESS_ENV, "http://nc.flux-system/"),
                null))
        .isSameAs(EventForwarder.NONE);
  }

  @Test
  void anAddressIsUsedAsIs() {
    try (NotificationReceiver receiver = NotificationReceiver.start()) {
      EventForwarder f =
          Notifications.fromEnvironment(
              Map.of(
                  Notifications.ADDRESS_ENV,
                  receiver.address().toString(),
                  Notifications.DISABLED_ENV,
                  ""),
              null);
      assertThat(f).isInstanceOf(NotificationForwarder.class);
      FluxEvent e =
          new FluxEvent(
              FluxEventTest.RS,
              FluxEvent.ERROR,
              Instant.parse("2026-03-01T00:00:00Z"),
              "m",
              "BuildFailed",
              Map.of(),
              "flux-operator",
              "h");
      f.forward(e);
      assertThat(receiver.awaitBody(b -> true)).isEqualTo(e.toJson());
      ((NotificationForwarder) f).close();
    }
  }

  @Test
  void invalidAddressesDisableForwarding() {
    for (String bad :
        new String[] {"not a url", "notification-controller", "ftp://nc/", "http://"}) {
      assertThat(Notifications.parse(bad)).as(bad).isNull();
      assertThat(Notifications.fromEnvironment(Map.of(Notifications.ADDRESS_ENV, bad), null))
          .as(bad)
          .isSameAs(EventForwarder.NONE);
    }
    assertThat(
            Notifications.parse("http://notification-controller.flux-system.svc.cluster.local./"))
        .isEqualTo(URI.create("http://notification-controller.flux-system.svc.cluster.local./"));
  }

  @Test
  void withoutAddressTheFluxInstanceIsDiscovered() {
    assertThat(Notifications.fromEnvironment(Map.of(), null))
        .isInstanceOf(NotificationForwarder.class);
  }

  @Test
  void theReportingInstanceIsTheHostName() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isEmpty()) {
      assertThat(Notifications.hostname()).isEqualTo(env);
    } else {
      assertThat(Notifications.hostname()).isNotNull();
    }
  }
}
