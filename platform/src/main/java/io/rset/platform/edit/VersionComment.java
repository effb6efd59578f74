package io.rset.platform.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * The comment written above a new versions.env entry, learned from the comments above existing
 * entries (typically update-bot hints: {@code # renovate: datasource=helm depName=cilium
 * registryUrl=https://helm.cilium.io}). Each existing comment becomes a template by replacing its
 * release's chart url (with and without the scheme), chart name and release name with placeholders;
 * a comment with none of them (a section heading) is no template. Only releases of the same kind of
 * repository count (OCI and HTTP comments differ), and a comment is written only when most of those
 * releases have a template; then the most common one is filled in.
 */
final class VersionComment {
  // Placeholders no chart name, url or release name can contain.
  private static final String URL = "\u0000\u0001\u0000";
  private static final String HOST_PATH = "\u0000\u0002\u0000";
  private static final String CHART = "\u0000\u0003\u0000";
  private static final String NAME = "\u0000\u0004\u0000";

  /** A release whose version is the versions.env entry {@code variable}. */
  record Known(String name, String chart, String url, String variable) {}

  private VersionComment() {}

  /** The comment lines for a new release (possibly none). */
  static List<String> forRelease(
      VersionsEnv env, List<Known> known, String name, String chart, String url) {
    boolean oci = url.startsWith("oci://");
    Tally<List<String>> templates = new Tally<>();
    int sameKind = 0;
    for (Known k : known) {
      VersionsEnv.Entry e = env.find(k.variable());
      if (e == null || k.url() == null || k.url().startsWith("oci://") != oci) {
        continue;
      }
      sameKind++;
      List<String> t = template(env.commentOf(e), k);
      if (t != null) {
        templates.add(t);
      }
    }
    if (templates.total() * 2 <= sameKind || templates.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String line : templates.mostOr(List.of())) {
      out.add(
          line.replace(URL, url)
              .replace(HOST_PATH, hostPath(url))
              .replace(CHART, chart)
              .replace(NAME, name));
    }
    return out;
  }

  /** The comment with the release's own words replaced, or null when none was found. */
  private static List<String> template(List<String> comment, Known k) {
    if (comment.isEmpty()) {
      return null;
    }
    // Lines before the first one naming the release are headings of a group, not its hint.
    List<String> out = new ArrayList<>();
    for (String line : comment) {
      String t = replace(line, k.url(), URL);
      t = replace(t, hostPath(k.url()), HOST_PATH);
      t = k.chart() == null ? t : replace(t, k.chart(), CHART);
      t = k.name() == null || k.name().equals(k.chart()) ? t : replace(t, k.name(), NAME);
      if (!out.isEmpty() || !t.equals(line)) {
        out.add(t);
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static String replace(String s, String what, String with) {
    return what == null || what.length() < 2 ? s : s.replace(what, with);
  }

  /** The url without its scheme ({@code oci://ghcr.io/x} → {@code ghcr.io/x}). */
  private static String hostPath(String url) {
    int i = url.indexOf("://");
    return i < 0 ? url : url.substring(i + 3);
  }
}
