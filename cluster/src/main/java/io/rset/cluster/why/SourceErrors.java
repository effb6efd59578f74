package io.rset.cluster.why;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in a few words why a source controller could not fetch an artifact, from its Ready message:
 * an HTTP status, refused credentials, an unknown host, a missing tag, TLS or a timeout.
 */
final class SourceErrors {
  private SourceErrors() {}

  /** What went wrong and the hint that goes with it. */
  record Reading(String what, String hint) {}

  private static final Pattern HTTP_FETCH =
      Pattern.compile("failed to fetch (\\S+) : (\\d{3}[^\\n]*)");
  private static final Pattern HTTP_STATUS =
      Pattern.compile("\\b(40[0-9]|5\\d\\d) [A-Z][A-Za-z ]+");

  static Reading read(String message) {
    String m = message == null ? "" : message;
    String lower = m.toLowerCase(java.util.Locale.ROOT);
    Matcher f = HTTP_FETCH.matcher(m);
    if (f.find()) {
      String status = f.group(2).strip();
      return new Reading(
          f.group(1) + " answers " + status,
          status.startsWith("404") ? "spec.url is probably misspelt" : statusHint(status));
    }
    if (lower.contains("authentication required")
        || lower.contains("unauthorized")
        || lower.contains("denied")
        || lower.contains("403 forbidden")
        || lower.contains("401")) {
      return new Reading(
          "the server refused access (" + excerpt(m, lower) + ")",
          "a private repository needs credentials in spec.secretRef; a wrong URL looks the same");
    }
    if (lower.contains("no such host")) {
      return new Reading("the host of spec.url does not resolve", "spec.url is probably misspelt");
    }
    if (lower.contains("manifest_unknown") || lower.contains("manifest unknown")) {
      return new Reading("the artifact does not exist in the registry (manifest unknown)", "");
    }
    if (lower.contains("x509") || lower.contains("certificate")) {
      return new Reading(
          "the server's TLS certificate is not trusted", "give the CA in spec.certSecretRef");
    }
    if (lower.contains("deadline exceeded") || lower.contains("timeout")) {
      return new Reading("the server did not answer in time", "check the network path to spec.url");
    }
    Matcher s = HTTP_STATUS.matcher(m);
    if (s.find()) {
      return new Reading("the server answers " + s.group().strip(), statusHint(s.group()));
    }
    return new Reading(Diagnoses.firstLine(m), "");
  }

  private static String statusHint(String status) {
    return status.startsWith("5") ? "the server fails: retry later" : "";
  }

  /** The message from the first word about access on, within its first line. */
  private static String excerpt(String m, String lower) {
    String line = Diagnoses.firstLine(m);
    int at = line.length();
    for (String w : ACCESS_WORDS) {
      int i = lower.indexOf(w);
      if (i >= 0 && i < at) {
        at = i;
      }
    }
    return at < line.length() ? line.substring(at) : line;
  }

  private static final String[] ACCESS_WORDS = {
    "authentication required", "unauthorized", "denied", "403 forbidden", "401"
  };
}
