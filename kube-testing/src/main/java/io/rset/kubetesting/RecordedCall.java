package io.rset.kubetesting;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request the mock server received, as the client sent it.
 *
 * @param seq 0-based arrival order
 * @param method upper-case HTTP method
 * @param path the path without the query string
 * @param query decoded query parameters (first value of each)
 * @param headers header values by lower-case name
 * @param body the UTF-8 body, "" when none
 * @param at when the server received it
 */
public record RecordedCall(
    long seq,
    String method,
    String path,
    Map<String, String> query,
    Map<String, List<String>> headers,
    String body,
    java.time.Instant at) {

  public RecordedCall {
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    Map<String, List<String>> h = new TreeMap<>();
    headers.forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    headers = Collections.unmodifiableMap(h);
    body = body == null ? "" : body;
  }

  /** Splits a request URI into path and decoded query parameters. */
  static RecordedCall of(
      long seq, String method, String uri, Map<String, List<String>> headers, String body) {
    int q = uri.indexOf('?');
    String path = q < 0 ? uri : uri.substring(0, q);
    Map<String, String> query = q < 0 ? Map.of() : parseQuery(uri.substring(q + 1));
    return new RecordedCall(
        seq, method.toUpperCase(Locale.ROOT), path, query, headers, body, java.time.Instant.now());
  }

  static Map<String, String> parseQuery(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : raw.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String k = decode(eq < 0 ? part : part.substring(0, eq));
      String v = eq < 0 ? "" : decode(part.substring(eq + 1));
      out.putIfAbsent(k, v);
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** The first value of a header (case-insensitive name), or null. */
  public String header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** The {@code Impersonate-User} header, or null when the request is not impersonated. */
  public String impersonatedUser() {
    return header("Impersonate-User");
  }

  /** Every {@code Impersonate-Group} header value. */
  public List<String> impersonatedGroups() {
    return headers.getOrDefault("impersonate-group", List.of());
  }

  /** The Content-Type header without parameters, or "". */
  public String contentType() {
    String ct = header("Content-Type");
    if (ct == null) {
      return "";
    }
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).trim();
  }

  /** True for a server-side apply ({@code PATCH} with {@code application/apply-patch+yaml}). */
  public boolean isApply() {
    return method.equals("PATCH") && contentType().equals("application/apply-patch+yaml");
  }

  /** True when the request asked for {@code dryRun=All}. */
  public boolean isDryRun() {
    return "All".equals(query.get("dryRun"));
  }

  /** True for a watch request. */
  public boolean isWatch() {
    return method.equals("GET") && "true".equals(query.get("watch"));
  }

  /** True for a request that changes stored state: POST, PUT, PATCH or DELETE, not dry-run. */
  public boolean isWrite() {
    return !isDryRun()
        && (method.equals("POST")
            || method.equals("PUT")
            || method.equals("PATCH")
            || method.equals("DELETE"));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(method).append(' ').append(path);
    if (!query.isEmpty()) {
      sb.append('?').append(query);
    }
    String user = impersonatedUser();
    if (user != null) {
      sb.append(" as ").append(user);
    }
    return sb.toString();
  }
}
