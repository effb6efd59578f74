package io.rset.platform.kustomize;

import io.rset.core.yaml.Position;
import io.rset.platform.kustomize.Kustomization.LabelArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A kustomization's built-in transformers in kustomize's order: legacy strategic-merge patches,
 * patches, namespace, name prefix, name suffix, each {@code labels} entry then {@code
 * commonLabels}, common annotations, legacy JSON 6902 patches, images.
 */
final class Transformers {
  private final Kustomization k;
  private final Patches patches;

  Transformers(Kustomization k, Loader loader, KustTarget.Build build) {
    this.k = k;
    this.patches = new Patches(k, loader, build);
  }

  private KustomizeException error(Position p, String msg) {
    return p == null
        ? new KustomizeException(msg, k.file())
        : new KustomizeException(msg, k.file(), p.line(), p.column());
  }

  void run(ResMap m) {
    patches.legacyStrategicMerge(m);
    patches.patches(m);
    if (!k.namespace().isEmpty()) {
      namespace(m, k.namespace());
    }
    if (!k.namePrefix().isEmpty()) {
      NameAffixes.prefix(m, k.namePrefix());
    }
    if (!k.nameSuffix().isEmpty()) {
      NameAffixes.suffix(m, k.nameSuffix());
    }
    labels(m);
    if (k.commonAnnotations() != null && !k.commonAnnotations().isEmpty()) {
      setAll(m, k.commonAnnotations(), BuiltinConfig.COMMON_ANNOTATIONS);
    }
    patches.legacyJson6902(m);
    for (Kustomization.ImageArgs image : k.images()) {
      try {
        Images.apply(m, image);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw error(
            image.pos(),
            "image name \""
                + image.name()
                + "\" is not a valid regular expression: "
                + e.getDescription());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // namespace

  private void namespace(ResMap m, String ns) {
    for (Res r : m.resources()) {
      if (r.isNilOrEmpty()) {
        continue;
      }
      r.storePreviousId();
      try {
        namespaceFilter(r.node, ns);
      } catch (FieldSpecWalker.WalkException e) {
        throw new KustomizeException(
            "namespace transformation failed: " + e.getMessage(), r.file, r.line, r.column);
      }
      if (m.matchingCurrentId(r.curId()).size() != 1) {
        throw new KustomizeException(
            "namespace transformation produces ID conflict: " + r.curId(),
            r.file,
            r.line,
            r.column);
      }
    }
  }

  private static void namespaceFilter(KNode node, String ns) {
    String apiVersion = Resources.apiVersion(node);
    List<FieldSpec> specs = new ArrayList<>();
    for (FieldSpec fs : BuiltinConfig.NAMESPACE) {
      if (fs.path().equals("metadata/namespace")) {
        continue;
      }
      if (!apiVersion.equals("v1") && fs.path().equals("metadata/name")) {
        continue;
      }
      specs.add(fs);
    }
    ResId id = ResId.of(node);
    FieldSpecWalker.Setter setter = FieldSpecWalker.setEntry("", ns, KNode.STR);
    if (!id.isClusterScoped()) {
      FieldSpecWalker.apply(
          node,
          new FieldSpec("", "", "", "metadata/namespace", true),
          setter,
          KNode.Kind.SCALAR,
          "");
    }
    String kind = id.kind();
    if (kind.equals("RoleBinding") || kind.equals("ClusterRoleBinding")) {
      specs.removeIf(
          fs ->
              (fs.kind().equals("RoleBinding") || fs.kind().equals("ClusterRoleBinding"))
                  && fs.path().equals("subjects/namespace"));
      KNode subjects = node.field("subjects");
      if (!KNode.isMissingOrNull(subjects)) {
        if (!subjects.isSeq()) {
          throw new FieldSpecWalker.WalkException(
              "setting namespace on (cluster)role binding subjects: wrong node kind: expected"
                  + " SequenceNode but got "
                  + FieldSpecWalker.kindName(subjects));
        }
        for (KNode s : List.copyOf(subjects.content)) {
          if (KNode.isMissingOrNull(s)) {
            continue;
          }
          if (!s.isMap()) {
            throw new FieldSpecWalker.WalkException(
                "looking up name on (cluster)role binding subject: wrong node kind: expected"
                    + " MappingNode but got "
                    + FieldSpecWalker.kindName(s));
          }
          KNode name = s.field("name");
          if (name != null && name.isScalar() && name.value.equals("default")) {
            KNode nsNode = s.lookupCreate(KNode.Kind.SCALAR, "namespace");
            setter.set(nsNode);
          }
        }
      }
    }
    FieldSpecWalker.apply(node, specs, setter, KNode.Kind.SCALAR, KNode.STR);
  }

  // ---------------------------------------------------------------------------------------------
  // labels and annotations

  private void labels(ResMap m) {
    for (LabelArgs label : k.labels()) {
      List<FieldSpec> fss;
      try {
        fss = new ArrayList<>(label.fields());
        if (label.includeSelectors()) {
          fss = FieldSpec.mergeAll(fss, BuiltinConfig.COMMON_LABELS);
        } else {
          if (label.includeTemplates()) {
            fss = FieldSpec.mergeAll(fss, BuiltinConfig.TEMPLATE_LABELS);
          }
          FieldSpec.mergeOne(fss, new FieldSpec("", "", "", "metadata/labels", true));
        }
      } catch (IllegalArgumentException e) {
        throw error(null, "failed to merge labels: " + e.getMessage());
      }
      if (label.pairs() != null && !label.pairs().isEmpty()) {
        setAll(m, label.pairs(), fss);
      }
    }
    if (k.commonLabels() != null && !k.commonLabels().isEmpty()) {
      setAll(m, k.commonLabels(), BuiltinConfig.COMMON_LABELS);
    }
  }

  /** The labels/annotations filters: each key (sorted) set at every matching field spec. */
  private static void setAll(ResMap m, Map<String, String> values, List<FieldSpec> specs) {
    TreeMap<String, String> sorted = new TreeMap<>(GoStrings::compare);
    sorted.putAll(values);
    for (Res r : m.resources()) {
      if (r.node == null) {
        continue;
      }
      for (Map.Entry<String, String> e : sorted.entrySet()) {
        try {
          FieldSpecWalker.apply(
              r.node,
              specs,
              FieldSpecWalker.setEntry(e.getKey(), e.getValue(), KNode.STR),
              KNode.Kind.MAP,
              KNode.MAP_TAG);
        } catch (FieldSpecWalker.WalkException ex) {
          throw new KustomizeException(ex.getMessage(), r.file, r.line, r.column);
        }
      }
    }
  }
}
