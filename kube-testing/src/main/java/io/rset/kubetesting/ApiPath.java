package io.rset.kubetesting;

import java.util.Arrays;

/**
 * A Kubernetes REST path taken apart: {@code /api/v1/namespaces/ns/configmaps/cm/status} → prefix
 * {@code /api/v1}, namespace {@code ns}, plural {@code configmaps}, name {@code cm}, subresource
 * {@code status}.
 *
 * @param prefix {@code /api/v1} or {@code /apis/<group>/<version>}
 * @param namespace null for cluster-scoped paths
 * @param plural the resource, e.g. {@code configmaps}
 * @param name null for a collection
 * @param subresource null when none
 */
record ApiPath(String prefix, String namespace, String plural, String name, String subresource) {

  /** Parses a path without query; null when it is not a resource path. */
  static ApiPath parse(String path) {
    String[] seg = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    int p;
    if (seg.length >= 2 && seg[0].equals("api")) {
      p = 2;
    } else if (seg.length >= 3 && seg[0].equals("apis")) {
      p = 3;
    } else {
      return null;
    }
    String prefix = "/" + String.join("/", Arrays.copyOfRange(seg, 0, p));
    String[] rest = Arrays.copyOfRange(seg, p, seg.length);
    String ns = null;
    if (rest.length >= 3 && rest[0].equals("namespaces") && !rest[2].equals("status")) {
      ns = rest[1];
      rest = Arrays.copyOfRange(rest, 2, rest.length);
    }
    if (rest.length == 0 || rest.length > 3) {
      return null;
    }
    return new ApiPath(
        prefix, ns, rest[0], rest.length > 1 ? rest[1] : null, rest.length > 2 ? rest[2] : null);
  }

  /** The group/version, e.g. {@code v1} or {@code apps/v1}. */
  String groupVersion() {
    return prefix.startsWith("/api/") ? prefix.substring(5) : prefix.substring(6);
  }

  /** The collection path (where POST creates). */
  String collection() {
    return prefix + (namespace == null ? "" : "/namespaces/" + namespace) + "/" + plural;
  }

  /** The object path (without subresource). */
  String object() {
    return collection() + "/" + name;
  }

  boolean isStatus() {
    return "status".equals(subresource);
  }
}
