package io.rset.platform.kustomize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The kustomization file kustomize-controller writes into a Flux Kustomization's {@code spec.path}
 * when that directory has none: every {@code .yaml}/{@code .yml} file below it, and every
 * sub-directory that has a kustomization file of its own (not descended into), as {@code ./}
 * relative resources in the order of Go's {@code filepath.Walk} (names sorted byte-wise within a
 * directory, depth first). Symbolic links to directories are not followed.
 *
 * <p>Files source-controller leaves out of every artifact by default (its VCS, CI and extra ignore
 * patterns: {@code .git/}, {@code .github/}, {@code .circleci/}, {@code .sops.yaml}, CI files such
 * as {@code .gitlab-ci.yml}) are skipped at any depth, since Flux never sees them. User {@code
 * .sourceignore} files and a GitRepository's {@code spec.ignore} are not read.
 */
public final class GeneratedKustomization {
  private static final java.util.Set<String> IGNORED_DIRS =
      java.util.Set.of(".git", ".github", ".circleci");
  private static final java.util.Set<String> IGNORED_FILES =
      java.util.Set.of(
          ".travis.yml",
          ".gitlab-ci.yml",
          "appveyor.yml",
          ".drone.yml",
          "cloudbuild.yaml",
          "codeship-services.yml",
          "codeship-steps.yml",
          ".goreleaser.yml",
          ".sops.yaml",
          ".flux.yaml");

  private GeneratedKustomization() {}

  /** True when {@code dir} has no kustomization file, so Flux would generate one. */
  public static boolean needed(Path dir) {
    for (String name : Loader.KUSTOMIZATION_FILES) {
      if (Files.isRegularFile(dir.resolve(name))) {
        return false;
      }
    }
    return true;
  }

  /** The resources Flux lists for {@code dir}, each {@code ./} + the path relative to it. */
  public static List<String> resources(Path dir) {
    List<String> out = new ArrayList<>();
    walk(dir, dir, out);
    return out;
  }

  /** The generated kustomization file's text. */
  public static String text(Path dir) {
    StringBuilder b =
        new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n");
    List<String> resources = resources(dir);
    if (!resources.isEmpty()) {
      b.append("resources:\n");
      for (String r : resources) {
        b.append("- '").append(r.replace("'", "''")).append("'\n");
      }
    }
    return b.toString();
  }

  private static void walk(Path base, Path dir, List<String> out) {
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = new ArrayList<>(s.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Go sorts names by bytes: compare the UTF-8 encodings, not UTF-16 code units
    entries.sort(
        (a, c) ->
            java.util.Arrays.compareUnsigned(
                a.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                c.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    for (Path p : entries) {
      String entry = p.getFileName().toString();
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        if (IGNORED_DIRS.contains(entry)) {
          continue;
        }
        if (!needed(p)) {
          out.add(relative(base, p));
        } else {
          walk(base, p, out);
        }
        continue;
      }
      if (IGNORED_FILES.contains(entry)) {
        continue;
      }
      if (entry.endsWith(".yaml") || entry.endsWith(".yml")) {
        out.add(relative(base, p));
      }
    }
  }

  private static String relative(Path base, Path p) {
    return "./" + base.relativize(p).toString().replace('\\', '/');
  }
}
