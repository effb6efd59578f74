package io.rset.operator.notification;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A stand-in for notification-controller's event receiver: the JDK's HTTP server on a free local
 * port recording every request; it answers 202 (as notification-controller does) unless statuses
 * were queued with {@link #answer}.
 */
public final class NotificationReceiver implements AutoCloseable {
  /** One received request. */
  public record Received(String method, String path, String contentType, String body) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();

  private NotificationReceiver(HttpServer server) {
    this.server = server;
  }

  /** Starts a receiver on 127.0.0.1 and a free port. */
  public static NotificationReceiver start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      NotificationReceiver r = new NotificationReceiver(server);
      server.createContext(
          "/",
          exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
              r.received.add(
                  new Received(
                      exchange.getRequestMethod(),
                      exchange.getRequestURI().getPath(),
                      exchange.getRequestHeaders().getFirst("Content-Type"),
                      new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            Integer status = r.answers.poll();
            exchange.sendResponseHeaders(status == null ? 202 : status, -1);
            exchange.close();
          });
      server.start();
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next requests are answered with these statuses, in order. */
  public NotificationReceiver answer(Integer... statuses) {
    answers.addAll(List.of(statuses));
    return this;
  }

  /** The address to configure, {@code http://127.0.0.1:<port>/}. */
  public URI address() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** What was received so far. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The bodies received so far. */
  public List<String> bodies() {
    return received.stream().map(Received::body).toList();
  }

  /** Waits until a received body satisfies {@code p}; returns it. */
  public String awaitBody(Predicate<String> p) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> bodies().stream().anyMatch(p));
    return bodies().stream().filter(p).findFirst().orElseThrow();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
