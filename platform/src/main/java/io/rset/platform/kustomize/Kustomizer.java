package io.rset.platform.kustomize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a kustomization directory like {@code kubectl kustomize DIR} (kubectl v1.32, kustomize
 * v5.5) for the supported subset: resources (files, directories, parent directories),
 * configMapGenerator and secretGenerator with behaviors and options, generatorOptions, the
 * content-hash name suffix, namespace, namePrefix, nameSuffix, images, labels, commonLabels,
 * commonAnnotations, patches (strategic-merge and JSON 6902, with targets) and the legacy
 * patchesStrategicMerge and patchesJson6902. Any other kustomization field is an error naming the
 * field.
 *
 * <p>The output order is kustomize's legacy order (by kind, then apiVersion, namespace and name).
 * Thread-safe: instances hold only their options.
 */
public final class Kustomizer {
  private final KustomizeOptions options;

  public Kustomizer(KustomizeOptions options) {
    this.options = options;
  }

  /**
   * Builds the kustomization in {@code dir}.
   *
   * @throws KustomizeException on any error, naming the file, line and column where known
   */
  public KustomizeResult build(Path dir) {
    return build(dir, null);
  }

  /**
   * Builds the kustomization in {@code dir} with a Flux Kustomization's build fields merged into
   * its kustomization file, as kustomize-controller does.
   *
   * @param overlay the fields to merge, or null for none
   * @throws KustomizeException on any error, naming the file, line and column where known
   */
  public KustomizeResult build(Path dir, KustomizeOverlay overlay) {
    KustTarget.Build build = new KustTarget.Build(options);
    Loader loader;
    try {
      loader = Loader.at(dir);
    } catch (Loader.LoadException e) {
      throw new KustomizeException(e.getMessage(), dir);
    }
    KustTarget target = KustTarget.load(loader, build, overlay);
    ResMap m = target.accumulate();
    addHashes(m);
    NameReferences.fix(m);
    List<Res> kept = new ArrayList<>();
    for (Res r : m.resources()) {
      if (r.isNilOrEmpty()) {
        continue;
      }
      String local = r.annotations().get("config.kubernetes.io/local-config");
      if (local == null || local.equals("false")) {
        kept.add(r);
      }
    }
    List<Res> sorted = LegacyOrder.sort(kept);
    List<KResource> out = new ArrayList<>();
    for (Res r : sorted) {
      cleanAnnotations(r);
      Map<String, Object> obj;
      try {
        obj = NodeJson.toObject(r.node);
      } catch (NodeJson.ConversionException e) {
        // a node read from the resource's file has a position there; created nodes do not
        KNode at = e.node;
        throw at != null && at.line > 0
            ? new KustomizeException(e.getMessage(), r.file, at.line, at.column)
            : new KustomizeException(e.getMessage(), r.file, r.line, r.column);
      }
      out.add(new KResource(obj, r.file, r.line, r.column));
    }
    return new KustomizeResult(out, build.generated.finish(sorted), build.problems);
  }

  /** The hash transformer: generated resources get "-" and their content hash appended. */
  private static void addHashes(ResMap m) {
    for (Res r : m.resources()) {
      if (r.node != null && r.needHashSuffix()) {
        String h;
        try {
          h = Hasher.hash(r.node);
        } catch (NodeJson.ConversionException e) {
          throw new KustomizeException(e.getMessage(), r.file, r.line, r.column);
        }
        r.storePreviousId();
        Resources.setName(r.node, r.name() + "-" + h);
      }
    }
  }

  /**
   * RemoveBuildAnnotations, RemoveOriginAnnotations and RemoveTransformerAnnotations: every
   * resource's annotations are rewritten without kustomize's bookkeeping (which also drops an empty
   * annotations map and makes every value a string).
   */
  private static void cleanAnnotations(Res r) {
    Map<String, String> a = r.annotations();
    if (!a.isEmpty()) {
      for (String b : Res.BUILD_ANNOTATIONS) {
        a.remove(b);
      }
      Resources.setAnnotations(r.node, a);
    }
    a = r.annotations();
    a.remove("config.kubernetes.io/origin");
    Resources.setAnnotations(r.node, a);
    a = r.annotations();
    a.remove("alpha.config.kubernetes.io/transformations");
    Resources.setAnnotations(r.node, a);
  }
}
