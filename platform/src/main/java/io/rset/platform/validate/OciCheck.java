package io.rset.platform.validate;

import io.rset.core.graph.NodeId;
import io.rset.platform.build.PlatformObject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link Rule#OCI_URL_WITH_CHART}, {@link Rule#OCI_WITHOUT_SCHEME} and {@link
 * Rule#OCI_TYPE_MISMATCH} over the HelmRepositories of the build and the HelmReleases using them.
 *
 * <ul>
 *   <li>An {@code oci://} HelmRepository url is the registry path <em>above</em> the chart:
 *       source-controller appends the chart name, so a url ending in a release's chart name pulls
 *       {@code .../chart/chart}.
 *   <li>Registries that serve only OCI ({@link #isOciRegistry}) given as {@code https://} or
 *       without a scheme.
 *   <li>{@code type: oci} needs an {@code oci://} url and an {@code oci://} url needs {@code type:
 *       oci}.
 * </ul>
 */
final class OciCheck implements Check {
  private static final String SOURCE_GROUP = "source.toolkit.fluxcd.io";

  @Override
  public void run(ValidationContext ctx, List<Finding> out) {
    Map<String, Set<String>> charts = new HashMap<>();
    for (PlatformObject o : ctx.objects()) {
      if (!"HelmRelease".equals(o.object().get("kind"))) {
        continue;
      }
      Map<String, Object> chartSpec =
          ValidationContext.map(
              ValidationContext.map(ValidationContext.map(o.object().get("spec")).get("chart"))
                  .get("spec"));
      Map<String, Object> ref = ValidationContext.map(chartSpec.get("sourceRef"));
      if (!"HelmRepository".equals(ref.get("kind"))) {
        continue;
      }
      String ns = ValidationContext.string(ref.get("namespace"));
      ns = ns.isEmpty() ? ValidationContext.string(o.object(), "metadata", "namespace") : ns;
      charts
          .computeIfAbsent(
              ns + "/" + ValidationContext.string(ref.get("name")), k -> new TreeSet<>())
          .add(ValidationContext.string(chartSpec.get("chart")));
    }

    for (PlatformObject o : ctx.objects()) {
      if (!"HelmRepository".equals(o.object().get("kind"))
          || !SOURCE_GROUP.equals(
              NodeId.groupOf(ValidationContext.string(o.object().get("apiVersion"))))) {
        continue;
      }
      Map<String, Object> spec = ValidationContext.map(o.object().get("spec"));
      String url = ValidationContext.string(spec.get("url"));
      String type = ValidationContext.string(spec.get("type"));
      boolean oci = url.startsWith("oci://");
      String id =
          ValidationContext.string(o.object(), "metadata", "namespace")
              + "/"
              + ValidationContext.string(o.object(), "metadata", "name");
      Location urlAt = at(ctx, o, url, "spec", "url");
      if (oci) {
        String last = url.replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        if (charts.getOrDefault(id, Set.of()).contains(last)) {
          String parent = url.replaceAll("/+$", "");
          parent = parent.substring(0, parent.lastIndexOf('/'));
          out.add(
              Finding.of(
                  Rule.OCI_URL_WITH_CHART,
                  urlAt,
                  ValidationContext.describe(o)
                      + " url "
                      + url
                      + " ends with the chart name \""
                      + last
                      + "\"; source-controller appends the chart name and would pull "
                      + url.replaceAll("/+$", "")
                      + "/"
                      + last,
                  "use url " + parent));
        }
        if (!type.equals("oci")) {
          out.add(
              Finding.of(
                  Rule.OCI_TYPE_MISMATCH,
                  at(ctx, o, type.isEmpty() ? url : type, "spec", type.isEmpty() ? "url" : "type"),
                  ValidationContext.describe(o)
                      + " has an oci:// url but "
                      + (type.isEmpty() ? "no type (default: an HTTP index)" : "type: " + type),
                  "set spec.type: oci"));
        }
        continue;
      }
      String host = host(url);
      if (isOciRegistry(host)) {
        out.add(
            Finding.of(
                Rule.OCI_WITHOUT_SCHEME,
                urlAt,
                ValidationContext.describe(o)
                    + " url "
                    + url
                    + " is an OCI registry ("
                    + host
                    + ") but is not given as oci://",
                "use url oci://"
                    + url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "")
                    + (type.equals("oci") ? "" : " and spec.type: oci")));
      } else if (type.equals("oci")) {
        out.add(
            Finding.of(
                Rule.OCI_TYPE_MISMATCH,
                urlAt,
                ValidationContext.describe(o) + " has type: oci but url " + url,
                "use an oci:// url, or remove type: oci for an HTTP repository"));
      }
    }
  }

  /** Registries that serve Helm charts only as OCI artifacts. */
  static boolean isOciRegistry(String host) {
    return switch (host) {
      case "ghcr.io", "docker.io", "registry-1.docker.io", "quay.io", "public.ecr.aws" -> true;
      default ->
          host.endsWith(".azurecr.io")
              || host.endsWith(".pkg.dev")
              || host.endsWith(".amazonaws.com") && host.contains(".ecr.");
    };
  }

  /** The host of {@code url} (with or without a scheme), lower case. */
  static String host(String url) {
    String s = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
    int end = s.length();
    for (char c : new char[] {'/', ':', '?', '#'}) {
      int i = s.indexOf(c);
      if (i >= 0) {
        end = Math.min(end, i);
      }
    }
    return s.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static Location at(
      ValidationContext ctx, PlatformObject o, String value, Object... path) {
    if (o.origin() != null && o.origin().resourceSet() != null) {
      return ctx.inputValueLocation(o.origin(), value);
    }
    return ctx.locate(o, path);
  }
}
