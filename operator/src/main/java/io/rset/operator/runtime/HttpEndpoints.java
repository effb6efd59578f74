package io.rset.operator.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A small HTTP server (JDK {@code HttpServer}) answering {@code GET} on fixed paths; any other path
 * gets 404 and any other method 405. Used for {@code /metrics} and for {@code /healthz} and {@code
 * /readyz}.
 */
public final class HttpEndpoints implements AutoCloseable {
  /** A response: status code, content type and body. */
  public record Response(int status, String contentType, String body) {
    /** 200 with a plain-text body. */
    public static Response ok(String body) {
      return new Response(200, "text/plain; charset=utf-8", body);
    }
  }

  private final HttpServer server;

  private HttpEndpoints(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts a server on {@code address} answering each path with its handler (called on every
   * request, on one daemon thread).
   *
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static HttpEndpoints start(
      String name, ListenAddress address, Map<String, Supplier<Response>> handlers) {
    HttpServer server;
    try {
      server = HttpServer.create(address.socketAddress(), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on " + address + " for the " + name + " server: " + e.getMessage(), e);
    }
    Map<String, Supplier<Response>> routes = new LinkedHashMap<>(handlers);
    server.createContext("/", exchange -> handle(exchange, routes));
    server.setExecutor(
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "rset-" + name + "-http");
              t.setDaemon(true);
              return t;
            }));
    server.start();
    return new HttpEndpoints(server);
  }

  private static void handle(HttpExchange exchange, Map<String, Supplier<Response>> routes)
      throws IOException {
    try (exchange) {
      Supplier<Response> handler = routes.get(exchange.getRequestURI().getPath());
      Response response;
      if (handler == null) {
        response = new Response(404, "text/plain; charset=utf-8", "404 page not found\n");
      } else if (!exchange.getRequestMethod().equals("GET")
          && !exchange.getRequestMethod().equals("HEAD")) {
        response = new Response(405, "text/plain; charset=utf-8", "method not allowed\n");
      } else {
        try {
          response = handler.get();
        } catch (RuntimeException e) {
          response = new Response(500, "text/plain; charset=utf-8", "internal error\n");
        }
      }
      byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(response.status(), head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  /** The bound address (the actual port when 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
