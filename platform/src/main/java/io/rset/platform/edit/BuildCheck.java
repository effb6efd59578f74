package io.rset.platform.edit;

import io.rset.core.platform.BuildFailure;
import io.rset.core.platform.BuildRequest;
import io.rset.core.platform.BuildResult;
import io.rset.core.platform.OfflineBuild;
import io.rset.core.platform.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the ResourceSets of a platform file offline with core's {@link OfflineBuild} (inputs from
 * the manifest and the directory's {@code .static-provider.yaml}), to learn what they render and to
 * make sure an edit does not break a file that built before.
 */
final class BuildCheck {
  private final Source providers;
  private final String namespace;

  /**
   * @param providers the Static providers file, or null
   * @param namespace the namespace of ResourceSets without one (the kustomization's)
   */
  BuildCheck(Source providers, String namespace) {
    this.providers = providers;
    this.namespace = namespace == null ? "default" : namespace;
  }

  /**
   * The objects document {@code index} of a file renders, or a failure. The other documents are
   * blanked (lines kept, so positions in messages stay right).
   */
  Outcome build(TextDoc doc, Node root) {
    String text = only(doc, root);
    try {
      List<Map<String, Object>> objects = new ArrayList<>();
      for (BuildResult r :
          new OfflineBuild()
              .buildAll(
                  new BuildRequest(new Source(doc.name(), text), null, providers, namespace))) {
        objects.addAll(r.objects());
      }
      return new Outcome(objects, null);
    } catch (BuildFailure f) {
      return new Outcome(List.of(), f);
    } catch (RuntimeException e) {
      return new Outcome(List.of(), new BuildFailure(String.valueOf(e.getMessage()), doc.name()));
    }
  }

  /**
   * Refuses an edit after which document {@code root} of {@code after} no longer builds although it
   * built in {@code before}.
   */
  void requireStillBuilds(TextDoc before, Node beforeRoot, TextDoc after, Node afterRoot) {
    Outcome was = build(before, beforeRoot);
    if (was.failure() != null) {
      return;
    }
    Outcome now = build(after, afterRoot);
    if (now.failure() != null) {
      throw new EditException(
          after.name()
              + ": with the new entry the ResourceSet no longer builds: "
              + now.failure().describe());
    }
  }

  /** The text with every line outside {@code root} emptied. */
  private static String only(TextDoc doc, Node root) {
    int first = root.start().line();
    int last = Extent.lastLine(doc, root);
    StringBuilder b = new StringBuilder(doc.text().length());
    for (int l = 0; l < doc.lineCount(); l++) {
      if (l >= first && l <= last) {
        b.append(doc.line(l));
      }
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * What a build gave.
   *
   * @param failure null when it built
   */
  record Outcome(List<Map<String, Object>> objects, BuildFailure failure) {
    /** The names of the Namespace objects rendered. */
    List<String> namespaces() {
      List<String> out = new ArrayList<>();
      for (Map<String, Object> o : objects) {
        if ("Namespace".equals(o.get("kind"))
            && o.get("metadata") instanceof Map<?, ?> md
            && md.get("name") instanceof String n) {
          out.add(n);
        }
      }
      return out;
    }
  }
}
