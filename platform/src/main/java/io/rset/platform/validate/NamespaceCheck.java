package io.rset.platform.validate;

import io.rset.platform.build.PlatformObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link Rule#NAMESPACE_NOT_FOUND}: the namespace of every namespaced object, a HelmRelease's
 * {@code spec.targetNamespace} (unless {@code spec.install.createNamespace}) and {@code
 * spec.storageNamespace}, and a Kustomization's {@code spec.targetNamespace} must be created by a
 * Namespace object of the build (the namespaces ResourceSet's output included) or be one that every
 * cluster has: {@link #ASSUMED}.
 */
final class NamespaceCheck implements Check {
  /**
   * Namespaces that exist without the platform creating them: Kubernetes' own, and {@code
   * flux-system}, which the Flux install creates before any platform object is applied.
   */
  static final Set<String> ASSUMED =
      Set.of("default", "kube-system", "kube-public", "kube-node-lease", "flux-system");

  /** One use of a namespace. */
  private record Use(String namespace, java.util.function.Supplier<Location> where, String what) {
    /** Where the namespace is written; looked up only for namespaces that are missing. */
    Location at() {
      return where.get();
    }
  }

  @Override
  public void run(ValidationContext ctx, List<Finding> out) {
    Set<String> known = new TreeSet<>(ASSUMED);
    for (PlatformObject o : ctx.objects()) {
      if ("Namespace".equals(o.object().get("kind")) && "v1".equals(o.object().get("apiVersion"))) {
        known.add(ValidationContext.string(o.object(), "metadata", "name"));
      }
    }
    Map<String, List<Use>> missing = new LinkedHashMap<>();
    for (PlatformObject o : ctx.objects()) {
      for (Use u : uses(ctx, o)) {
        if (!u.namespace().isEmpty() && !known.contains(u.namespace())) {
          missing.computeIfAbsent(u.namespace() + "\0" + u.at(), k -> new ArrayList<>()).add(u);
        }
      }
    }
    for (List<Use> uses : missing.values()) {
      Use first = uses.get(0);
      StringBuilder what = new StringBuilder();
      for (Use u : uses) {
        what.append(what.isEmpty() ? "" : ", ").append(u.what());
      }
      String close = Suggestions.closest(first.namespace(), known);
      out.add(
          Finding.of(
              Rule.NAMESPACE_NOT_FOUND,
              first.at(),
              "namespace \""
                  + first.namespace()
                  + "\" is created by no Namespace in the build (used by "
                  + what
                  + ")",
              close != null
                  ? "did you mean \"" + close + "\"? Otherwise add the namespace to the build"
                  : "add a Namespace \""
                      + first.namespace()
                      + "\" to the build (e.g. an input of the namespaces ResourceSet)"));
    }
  }

  private static List<Use> uses(ValidationContext ctx, PlatformObject o) {
    Map<String, Object> obj = o.object();
    String kind = ValidationContext.string(obj.get("kind"));
    String group =
        io.rset.core.graph.NodeId.groupOf(ValidationContext.string(obj.get("apiVersion")));
    String id = io.rset.core.graph.FluxDependencies.idOf(obj).toString();
    List<Use> out = new ArrayList<>();
    String ns = ValidationContext.string(obj, "metadata", "namespace");
    if (!kind.equals("Namespace")) {
      out.add(new Use(ns, () -> at(ctx, o, ns, "metadata", "namespace"), id));
    }
    boolean helm = kind.equals("HelmRelease") && group.equals("helm.toolkit.fluxcd.io");
    boolean kustomize = kind.equals("Kustomization") && group.equals("kustomize.toolkit.fluxcd.io");
    if (helm || kustomize) {
      Map<String, Object> spec = ValidationContext.map(obj.get("spec"));
      boolean created =
          helm
              && Boolean.TRUE.equals(
                  ValidationContext.map(spec.get("install")).get("createNamespace"));
      if (!created) {
        String target = ValidationContext.string(spec.get("targetNamespace"));
        out.add(
            new Use(
                target,
                () -> at(ctx, o, target, "spec", "targetNamespace"),
                id + " spec.targetNamespace"));
      }
      if (helm) {
        String storage = ValidationContext.string(spec.get("storageNamespace"));
        out.add(
            new Use(
                storage,
                () -> at(ctx, o, storage, "spec", "storageNamespace"),
                id + " spec.storageNamespace"));
      }
    }
    return out;
  }

  /** In a file: the field; rendered: the input key holding the namespace, else the input. */
  private static Location at(ValidationContext ctx, PlatformObject o, String ns, Object... path) {
    if (ns.isEmpty()) {
      return Location.NONE;
    }
    if (o.origin() != null && o.origin().resourceSet() != null) {
      return ctx.inputValueLocation(o.origin(), ns);
    }
    return ctx.locate(o, path);
  }
}
