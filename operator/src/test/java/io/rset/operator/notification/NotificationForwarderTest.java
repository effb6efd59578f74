package io.rset.operator.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivery to a notification-controller stand-in: body, headers, retries, ordering. */
class NotificationForwarderTest {
  static final RetryPolicy FAST =
      new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(2));

  private NotificationReceiver receiver;
  private NotificationForwarder forwarder;

  @BeforeEach
  void start() {
    receiver = NotificationReceiver.start();
  }

  @AfterEach
  void stop() {
    if (forwarder != null) {
      forwarder.close();
    }
    receiver.close();
  }

  static FluxEvent event(String reason) {
    return new FluxEvent(
        FluxEventTest.RS,
        FluxEvent.INFO,
        Instant.parse("2026-03-01T10:29:32Z"),
        "m",
        reason,
        Map.of(),
        "flux-operator",
        "host");
  }

  @Test
  void postsTheJsonToTheAddressInOrder() {
    forwarder = new NotificationForwarder(receiver::address, FAST);
    forwarder.forward(event("A"));
    forwarder.forward(event("B"));
    forwarder.forward(event("C"));
    await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 3);
    assertThat(receiver.received())
        .allSatisfy(
            r -> {
              assertThat(r.method()).isEqualTo("POST");
              assertThat(r.path()).isEqualTo("/");
              assertThat(r.contentType()).isEqualTo("application/json");
            });
    assertThat(receiver.bodies())
        .containsExactly(event("A").toJson(), event("B").toJson(), event("C").toJson());
  }

  @Test
  void serverErrorsAreRetriedUntilAccepted() {
    receiver.answer(500, 503, 502);
    forwarder = new NotificationForwarder(receiver::address, FAST);
    forwarder.forward(event("A"));
    await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 4);
    forwarder.forward(event("B"));
    await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 5);
    assertThat(receiver.bodies())
        .containsExactly(
            event("A").toJson(),
            event("A").toJson(),
            event("A").toJson(),
            event("A").toJson(),
            event("B").toJson());
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    receiver.answer(500, 500, 500, 500, 500, 500, 500);
    forwarder = new NotificationForwarder(receiver::address, FAST);
    forwarder.forward(event("A"));
    forwarder.forward(event("B"));
    // A: 5 attempts, all 500; B: 2 more 500s, then accepted
    await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 8);
    assertThat(receiver.bodies().stream().filter(b -> b.contains("\"reason\":\"A\"")).count())
        .isEqualTo(5);
    assertThat(receiver.bodies().stream().filter(b -> b.contains("\"reason\":\"B\"")).count())
        .isEqualTo(3);
  }

  @Test
  void duplicatesAndClientErrorsAreNotRetried() {
    receiver.answer(429, 400);
    forwarder = new NotificationForwarder(receiver::address, FAST);
    forwarder.forward(event("A"));
    forwarder.forward(event("B"));
    forwarder.forward(event("C"));
    await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 3);
    assertThat(receiver.bodies())
        .containsExactly(event("A").toJson(), event("B").toJson(), event("C").toJson());
  }

  @Test
  void connectionErrorsAreRetriedAndNeverReachTheCaller() {
    URI closed = receiver.address();
    receiver.close();
    AtomicInteger lookups = new AtomicInteger();
    forwarder =
        new NotificationForwarder(
            () -> {
              lookups.incrementAndGet();
              return closed;
            },
            FAST);
    long start = System.nanoTime();
    for (int i = 0; i < 3; i++) {
      forwarder.forward(event("A" + i));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    await().atMost(Duration.ofSeconds(10)).until(() -> lookups.get() == 3);
  }

  @Test
  void noAddressDropsTheEvent() {
    AtomicInteger lookups = new AtomicInteger();
    forwarder =
        new NotificationForwarder(
            () -> lookups.incrementAndGet() == 1 ? null : receiver.address(), FAST);
    forwarder.forward(event("dropped"));
    forwarder.forward(event("sent"));
    await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1);
    assertThat(receiver.bodies()).containsExactly(event("sent").toJson());
  }

  @Test
  void aFullQueueDropsInsteadOfBlocking() {
    receiver.answer(500, 500, 500, 500, 500);
    forwarder =
        new NotificationForwarder(
            receiver::address,
            new RetryPolicy(
                5, Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofSeconds(2)));
    long start = System.nanoTime();
    for (int i = 0; i < NotificationForwarder.QUEUE_CAPACITY + 100; i++) {
      forwarder.forward(event("E" + i));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }
}
