package io.rset.operator.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** GETs from the operator's HTTP endpoints in tests. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private Http() {}

  static HttpResponse<String> get(InetSocketAddress address, String path) {
    return send(address, path, "GET");
  }

  static HttpResponse<String> send(InetSocketAddress address, String path, String method) {
    URI uri = URI.create("http://127.0.0.1:" + address.getPort() + path);
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
