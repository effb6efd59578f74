package io.rset.platform.validate;

import io.rset.core.graph.FluxDependencies;
import io.rset.core.graph.NodeId;
import io.rset.platform.build.BuildProblem;
import io.rset.platform.build.PlatformObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@link Rule#KUSTOMIZATION_PATH}: a Flux Kustomization's {@code spec.path} (relative to its
 * source's root) must be a directory holding a kustomization file or, since kustomize-controller
 * generates a kustomization for plain directories, at least one YAML manifest.
 *
 * <p>The source root is not known offline, so the path is resolved against the platform directory
 * and each of its parents up to the git repository root (the nearest parent holding {@code .git});
 * it is reported when it resolves nowhere. Kustomizations whose source is not a GitRepository are
 * skipped, and so are those the build already reported.
 */
final class KustomizationPathCheck implements Check {
  static final List<String> KUSTOMIZATION_FILES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  @Override
  public void run(ValidationContext ctx, List<Finding> out) {
    List<Path> roots = roots(ctx.dir());
    for (PlatformObject o : ctx.objects()) {
      NodeId id = FluxDependencies.idOf(o.object());
      if (!id.kind().equals("Kustomization")
          || !id.group().equals(FluxDependencies.KUSTOMIZE_GROUP)) {
        continue;
      }
      String sourceKind = ValidationContext.string(o.object(), "spec", "sourceRef", "kind");
      if (!sourceKind.isEmpty() && !sourceKind.equals("GitRepository")) {
        continue;
      }
      String path = ValidationContext.string(o.object(), "spec", "path");
      String problem = problem(roots, path);
      Location at = where(ctx, o, path);
      if (problem == null || reported(ctx, at)) {
        continue;
      }
      out.add(
          Finding.of(
              Rule.KUSTOMIZATION_PATH,
              at,
              ValidationContext.describe(o) + " spec.path \"" + path + "\" " + problem,
              "point spec.path at a directory (relative to the repository root) that holds a"
                  + " kustomization.yaml"));
    }
  }

  /** Why {@code path} is not usable from any root, or null when it is. */
  static String problem(List<Path> roots, String path) {
    String rel = path.replaceFirst("^\\./", "").replaceFirst("^/+", "");
    boolean exists = false;
    for (Path root : roots) {
      Path d = root.resolve(rel).normalize();
      if (!Files.isDirectory(d)) {
        continue;
      }
      exists = true;
      if (hasKustomization(d) || hasManifests(d)) {
        return null;
      }
    }
    return exists
        ? "holds no kustomization.yaml and no manifests"
        : "does not exist (kustomize-controller: kustomization path not found)";
  }

  static boolean hasKustomization(Path dir) {
    return KUSTOMIZATION_FILES.stream().anyMatch(n -> Files.isRegularFile(dir.resolve(n)));
  }

  private static boolean hasManifests(Path dir) {
    try (Stream<Path> s = Files.walk(dir, 8)) {
      return s.anyMatch(
          p ->
              Files.isRegularFile(p)
                  && (p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")));
    } catch (IOException e) {
      return false;
    }
  }

  /** The platform directory and its parents up to the git root (all parents when none). */
  static List<Path> roots(Path dir) {
    List<Path> out = new ArrayList<>();
    for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      out.add(p);
      if (Files.exists(p.resolve(".git"))) {
        break;
      }
    }
    return out;
  }

  private static Location where(ValidationContext ctx, PlatformObject o, String path) {
    if (o.origin() != null && o.origin().resourceSet() != null) {
      return ctx.inputValueLocation(o.origin(), path);
    }
    return ctx.locate(o, "spec", "path");
  }

  private static boolean reported(ValidationContext ctx, Location at) {
    return ctx.build().problems().stream()
        .anyMatch(
            p ->
                BuildProblem.KUSTOMIZATION_PATH.equals(p.code())
                    && p.line() == at.line()
                    && String.valueOf(p.file()).equals(String.valueOf(at.file())));
  }
}
