package io.rset.platform.edit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks of names and URLs given on the command line, and "did you mean" suggestions. */
final class Names {
  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  private Names() {}

  /**
   * Refuses {@code value} unless it is a DNS-1123 label (what Kubernetes requires of namespace
   * names and what a release name must be to name its objects).
   *
   * @param what {@code release name}, {@code namespace}, …
   */
  static void requireDns1123Label(String what, String value) {
    if (value == null || value.isEmpty()) {
      throw new EditException(what + " must not be empty");
    }
    if (value.length() > 63 || !DNS1123_LABEL.matcher(value).matches()) {
      throw new EditException(
          "invalid "
              + what
              + " \""
              + value
              + "\": must be a DNS-1123 label (at most 63 lowercase letters, digits and '-',"
              + " starting and ending with a letter or digit)");
    }
  }

  /**
   * Refuses {@code value} unless it is an absolute URL with one of {@code schemes} and a host.
   *
   * @param flag the option, for the message ({@code --url})
   */
  static void requireUrl(String flag, String value, Set<String> schemes) {
    String expected = String.join(", ", schemes.stream().sorted().map(s -> s + "://").toList());
    String problem = null;
    try {
      URI u = new URI(value);
      if (u.getScheme() == null || !schemes.contains(u.getScheme())) {
        problem = "must start with one of " + expected;
      } else if (u.getHost() == null || u.getHost().isEmpty()) {
        problem = "has no host";
      }
    } catch (URISyntaxException e) {
      problem = "is not a URL (" + e.getReason() + ")";
    }
    if (problem != null) {
      throw new EditException("invalid " + flag + " \"" + value + "\": " + problem);
    }
  }

  /**
   * The candidate closest to {@code name} by edit distance, when it is close enough to be a typo:
   * at most a third of the name's length (and at least 1) edits away.
   */
  static Optional<String> didYouMean(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(name, c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int limit = Math.max(1, name.length() / 3);
    return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance (insert, delete, substitute; each costs 1). */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
