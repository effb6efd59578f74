package io.rset.platform.kustomize;

import io.rset.core.yaml.Position;
import io.rset.platform.kustomize.Kustomization.GeneratorArgs;
import io.rset.platform.kustomize.StrictDecoder.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One kustomization directory being built (kustomize's KustTarget.AccumulateTarget): its resources
 * (files and other kustomizations, recursively), then its generators, then its transformers in
 * kustomize's order (legacy strategic-merge patches, patches, namespace, name prefix and suffix,
 * labels, common labels, common annotations, legacy JSON 6902 patches).
 */
final class KustTarget {
  private final Loader loader;
  private final Build build;
  private final Kustomization k;

  private KustTarget(Loader loader, Build build, Kustomization k) {
    this.loader = loader;
    this.build = build;
    this.k = k;
  }

  /** State shared by all targets of one build. */
  static final class Build {
    final KustomizeOptions options;
    final Generated generated = new Generated();
    final List<KustomizeProblem> problems = new java.util.ArrayList<>();
    final KyamlReader reader = new KyamlReader();

    Build(KustomizeOptions options) {
      this.options = options;
    }
  }

  /** Loads the kustomization file of a loader's root. */
  static KustTarget load(Loader loader, Build build) {
    return load(loader, build, null);
  }

  /** Loads the kustomization file of a loader's root with a Flux Kustomization's fields. */
  static KustTarget load(Loader loader, Build build, KustomizeOverlay overlay) {
    if (overlay != null && GeneratedKustomization.needed(loader.root())) {
      // kustomize-controller writes a kustomization listing the directory's manifests
      Path file = loader.root().resolve("kustomization.yaml");
      String text = GeneratedKustomization.text(loader.root());
      return new KustTarget(loader, build, Kustomization.read(file, text).with(overlay));
    }
    Path file;
    try {
      file = loader.kustomizationFile();
    } catch (Loader.LoadException e) {
      throw new KustomizeException(e.getMessage(), loader.root());
    }
    byte[] bytes;
    try {
      bytes = loader.load(file.getFileName().toString());
    } catch (Loader.LoadException e) {
      throw new KustomizeException(e.getMessage(), file);
    }
    Kustomization k = Kustomization.read(file, new String(bytes, StandardCharsets.UTF_8));
    return new KustTarget(loader, build, k.with(overlay));
  }

  Kustomization kustomization() {
    return k;
  }

  private KustomizeException error(Position p, String msg) {
    return p == null
        ? new KustomizeException(msg, k.file())
        : new KustomizeException(msg, k.file(), p.line(), p.column());
  }

  /** Resources, generators and transformers of this directory (no hashes, no name fixes). */
  ResMap accumulate() {
    ResMap ra = new ResMap();
    for (Text r : k.resources()) {
      accumulateResource(ra, r);
    }
    Generators gens = new Generators(loader, k.file(), build.options.lenient(), build.problems);
    for (GeneratorArgs g : k.configMapGenerator()) {
      absorb(ra, gens.generate(g, false, k.generatorOptions(), build.generated), g);
    }
    for (GeneratorArgs g : k.secretGenerator()) {
      absorb(ra, gens.generate(g, true, k.generatorOptions(), build.generated), g);
    }
    new Transformers(k, loader, build).run(ra);
    return ra;
  }

  private void absorb(ResMap ra, Res res, GeneratorArgs g) {
    try {
      ra.absorb(res, build.generated);
    } catch (ResMap.ResMapException e) {
      throw error(g.pos(), e.getMessage());
    }
  }

  private void accumulateResource(ResMap ra, Text entry) {
    String path = entry.value();
    if (isRemote(path)) {
      throw error(
          entry.pos(), "resource \"" + path + "\": remote resources are not supported by rset");
    }
    Loader.LoadException fileError;
    try {
      byte[] bytes = loader.load(path);
      Path file = loader.resolve(path);
      List<Res> rs = ResourceFactory.fromBytes(build.reader, file, bytes);
      for (Res r : rs) {
        try {
          ra.append(r);
        } catch (ResMap.ResMapException e) {
          throw new KustomizeException(e.getMessage(), r.file, r.line, r.column);
        }
      }
      return;
    } catch (Loader.LoadException e) {
      fileError = e;
    }
    if (!loader.isDirectory(path)) {
      String msg =
          fileError.missing
              ? "resource \"" + path + "\" not found: " + fileError.getMessage()
              : "resource \"" + path + "\": " + fileError.getMessage();
      throw error(entry.pos(), msg);
    }
    Loader child;
    try {
      child = loader.child(path);
    } catch (Loader.LoadException e) {
      throw error(entry.pos(), "resource \"" + path + "\": " + e.getMessage());
    }
    KustTarget sub;
    try {
      sub = load(child, build);
    } catch (KustomizeException e) {
      if (e.file() != null && e.file().equals(child.root())) {
        throw error(entry.pos(), "resource \"" + path + "\": " + e.getMessage());
      }
      throw e;
    }
    ResMap subRa = sub.accumulate();
    for (Res r : subRa.resources()) {
      if (r.node == null) {
        continue; // deleted by a patch of the sub-kustomization
      }
      try {
        ra.append(r);
      } catch (ResMap.ResMapException e) {
        throw error(entry.pos(), "resource \"" + path + "\": " + e.getMessage());
      }
    }
  }

  /** What kustomize would fetch over the network (URLs, git repository specs). */
  static boolean isRemote(String path) {
    return path.contains("://")
        || path.startsWith("git@")
        || path.startsWith("github.com/")
        || path.startsWith("gitlab.com/")
        || path.startsWith("bitbucket.org/");
  }
}
