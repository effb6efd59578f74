package io.rset.platform.kustomize;

import io.rset.core.yaml.Position;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The build fields of a Flux Kustomization ({@code spec.targetNamespace}, {@code namePrefix},
 * {@code nameSuffix}, {@code patches}, {@code images}) that kustomize-controller writes into the
 * kustomization file of the directory before it runs kustomize: see {@link
 * Kustomization#with(KustomizeOverlay)} for how each is merged.
 *
 * @param namespace the namespace replacing the kustomization's own, or null to keep it
 * @param namePrefix the name prefix replacing the kustomization's own, or null to keep it
 * @param nameSuffix the name suffix replacing the kustomization's own, or null to keep it
 * @param patches inline patches appended to the kustomization's {@code patches}
 * @param images image entries merged into the kustomization's {@code images}
 */
public record KustomizeOverlay(
    String namespace,
    String namePrefix,
    String nameSuffix,
    List<Patch> patches,
    List<Image> images) {

  /** Nothing to merge. */
  public static final KustomizeOverlay NONE =
      new KustomizeOverlay(null, null, null, List.of(), List.of());

  public KustomizeOverlay {
    patches = List.copyOf(patches);
    images = List.copyOf(images);
  }

  /**
   * A patch target: regular expressions for group, version, kind, name and namespace, label and
   * annotation selectors; empty strings select everything.
   */
  public record Selector(
      String group,
      String version,
      String kind,
      String name,
      String namespace,
      String annotationSelector,
      String labelSelector) {}

  /**
   * An inline strategic-merge or JSON 6902 patch.
   *
   * @param patch the patch text
   * @param target the objects it applies to, or null (a strategic-merge patch names its object)
   * @param file where the patch is written (the Flux Kustomization's file)
   * @param line 1-based line of the entry there, 0 when unknown
   * @param column 1-based column of the entry, 0 when unknown
   * @param patchLine 1-based line of the patch text there, 0 when unknown
   */
  public record Patch(
      String patch, Selector target, Path file, int line, int column, int patchLine) {

    Kustomization.PatchArgs toArgs() {
      Position pos = new Position(null, line, column);
      Kustomization.Selector sel =
          target == null
              ? null
              : new Kustomization.Selector(
                  target.group(),
                  target.version(),
                  target.kind(),
                  target.name(),
                  target.namespace(),
                  target.annotationSelector(),
                  target.labelSelector(),
                  pos);
      return new Kustomization.PatchArgs(
          null,
          new StrictDecoder.Text(patch, new Position(null, patchLine, 0)),
          sel,
          Map.of(),
          pos,
          file);
    }
  }

  /**
   * An image replacement: images named {@code name} (any tag or digest) get {@code newName}, and
   * {@code newTag} and/or {@code digest} when set (empty strings leave a part as it is).
   *
   * @param line 1-based line of the entry in the Flux Kustomization's file, 0 when unknown
   * @param column 1-based column of the entry, 0 when unknown
   */
  public record Image(
      String name, String newName, String newTag, String digest, int line, int column) {}
}
