package io.rset.platform.kustomize;

import io.rset.core.yaml.Position;
import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.platform.kustomize.StrictDecoder.Obj;
import io.rset.platform.kustomize.StrictDecoder.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A kustomization file as kustomize reads it (sigs.k8s.io/yaml into the Kustomization type with
 * unknown fields refused), restricted to the fields rset implements, after kustomize's
 * FixKustomization ({@code bases} appended to {@code resources}, legacy {@code env} appended to
 * {@code envs}) and its checks (kind, apiVersion, emptiness).
 *
 * @param file the kustomization file
 */
record Kustomization(
    Path file,
    String namespace,
    List<Text> resources,
    Map<String, String> commonLabels,
    List<LabelArgs> labels,
    Map<String, String> commonAnnotations,
    List<GeneratorArgs> configMapGenerator,
    List<GeneratorArgs> secretGenerator,
    GeneratorOptions generatorOptions,
    List<PatchArgs> patches,
    List<Text> patchesStrategicMerge,
    List<PatchArgs> patchesJson6902,
    String namePrefix,
    String nameSuffix,
    List<ImageArgs> images) {

  static final String KIND = "Kustomization";
  static final String API_VERSION = "kustomize.config.k8s.io/v1beta1";

  /** One entry of {@code labels}. */
  record LabelArgs(
      Map<String, String> pairs,
      boolean includeSelectors,
      boolean includeTemplates,
      List<FieldSpec> fields) {}

  /** {@code generatorOptions} or a generator's {@code options}. */
  record GeneratorOptions(
      Map<String, String> labels,
      Map<String, String> annotations,
      boolean disableNameSuffixHash,
      boolean immutable) {

    /** kustomize's MergeGlobalOptionsIntoLocal; null when both are absent. */
    static GeneratorOptions merge(GeneratorOptions local, GeneratorOptions global) {
      if (global == null) {
        return local;
      }
      GeneratorOptions l = local != null ? local : new GeneratorOptions(null, null, false, false);
      return new GeneratorOptions(
          overrideMap(l.labels, global.labels),
          overrideMap(l.annotations, global.annotations),
          l.disableNameSuffixHash || global.disableNameSuffixHash,
          l.immutable || global.immutable);
    }

    private static Map<String, String> overrideMap(
        Map<String, String> local, Map<String, String> global) {
      if (local == null) {
        return global == null ? null : new LinkedHashMap<>(global);
      }
      Map<String, String> out = new LinkedHashMap<>(local);
      if (global != null) {
        global.forEach(out::putIfAbsent);
      }
      return out;
    }
  }

  /**
   * A configMapGenerator or secretGenerator entry.
   *
   * @param type the secret type ("" for ConfigMaps and unset)
   * @param pos where the entry starts in the kustomization file
   */
  record GeneratorArgs(
      String namespace,
      String name,
      String behavior,
      List<Text> literals,
      List<Text> files,
      List<Text> envs,
      GeneratorOptions options,
      String type,
      Position pos) {}

  /** A patch target ({@code types.Selector}). */
  record Selector(
      String group,
      String version,
      String kind,
      String name,
      String namespace,
      String annotationSelector,
      String labelSelector,
      Position pos) {}

  /**
   * A {@code patches} or {@code patchesJson6902} entry.
   *
   * @param file the file the entry is written in; null for the kustomization file
   */
  record PatchArgs(
      Text path,
      Text patch,
      Selector target,
      Map<String, Boolean> options,
      Position pos,
      Path file) {}

  /** An {@code images} entry ({@code types.Image}). */
  record ImageArgs(
      String name, String newName, String newTag, String digest, String tagSuffix, Position pos) {}

  /**
   * This kustomization with a Flux Kustomization's build fields merged in as kustomize-controller
   * merges them into the kustomization file it builds: namespace, name prefix and suffix replaced
   * when set, patches appended, images replacing the entry of the same name field by field (a new
   * tag or digest replaces both) or appended.
   */
  Kustomization with(KustomizeOverlay o) {
    if (o == null) {
      return this;
    }
    List<PatchArgs> allPatches = new ArrayList<>(patches);
    for (KustomizeOverlay.Patch p : o.patches()) {
      allPatches.add(p.toArgs());
    }
    List<ImageArgs> allImages = new ArrayList<>(images);
    for (KustomizeOverlay.Image i : o.images()) {
      Position pos = new Position(null, i.line(), i.column());
      int at = -1;
      for (int n = 0; n < allImages.size() && at < 0; n++) {
        if (allImages.get(n).name().equals(i.name())) {
          at = n;
        }
      }
      if (at < 0) {
        allImages.add(new ImageArgs(i.name(), i.newName(), i.newTag(), i.digest(), "", pos));
        continue;
      }
      ImageArgs old = allImages.get(at);
      boolean version = !i.newTag().isEmpty() || !i.digest().isEmpty();
      allImages.set(
          at,
          new ImageArgs(
              old.name(),
              i.newName().isEmpty() ? old.newName() : i.newName(),
              version ? i.newTag() : old.newTag(),
              version ? i.digest() : old.digest(),
              old.tagSuffix(),
              old.pos()));
    }
    return new Kustomization(
        file,
        o.namespace() != null ? o.namespace() : namespace,
        resources,
        commonLabels,
        labels,
        commonAnnotations,
        configMapGenerator,
        secretGenerator,
        generatorOptions,
        allPatches,
        patchesStrategicMerge,
        patchesJson6902,
        o.namePrefix() != null ? o.namePrefix() : namePrefix,
        o.nameSuffix() != null ? o.nameSuffix() : nameSuffix,
        allImages);
  }

  // ---------------------------------------------------------------------------------------------
  // Schema

  private static final StrictDecoder.Str STR = new StrictDecoder.Str();
  private static final StrictDecoder.Bool BOOL = new StrictDecoder.Bool();
  private static final StrictDecoder.StrList STR_LIST = new StrictDecoder.StrList();
  private static final StrictDecoder.StrMap STR_MAP = new StrictDecoder.StrMap();

  private static final StrictDecoder.Struct OPTIONS =
      struct(
          "GeneratorOptions",
          List.of(),
          "labels",
          STR_MAP,
          "annotations",
          STR_MAP,
          "disableNameSuffixHash",
          BOOL,
          "immutable",
          BOOL);

  private static final StrictDecoder.Struct CONFIG_MAP_ARGS =
      struct(
          "ConfigMapArgs",
          List.of(),
          "namespace",
          STR,
          "name",
          STR,
          "behavior",
          STR,
          "literals",
          STR_LIST,
          "files",
          STR_LIST,
          "envs",
          STR_LIST,
          "env",
          STR,
          "options",
          OPTIONS);

  private static final StrictDecoder.Struct SECRET_ARGS =
      struct(
          "SecretArgs",
          List.of(),
          "namespace",
          STR,
          "name",
          STR,
          "behavior",
          STR,
          "literals",
          STR_LIST,
          "files",
          STR_LIST,
          "envs",
          STR_LIST,
          "env",
          STR,
          "options",
          OPTIONS,
          "type",
          STR);

  private static final StrictDecoder.Struct SELECTOR =
      struct(
          "Selector",
          List.of(),
          "group",
          STR,
          "version",
          STR,
          "kind",
          STR,
          "name",
          STR,
          "namespace",
          STR,
          "annotationSelector",
          STR,
          "labelSelector",
          STR);

  private static final StrictDecoder.Struct PATCH =
      struct(
          "Patch",
          List.of(),
          "path",
          STR,
          "patch",
          STR,
          "target",
          SELECTOR,
          "options",
          new StrictDecoder.BoolMap());

  private static final StrictDecoder.Struct IMAGE =
      struct(
          "Image",
          List.of(),
          "name",
          STR,
          "newName",
          STR,
          "tagSuffix",
          STR,
          "newTag",
          STR,
          "digest",
          STR);

  private static final StrictDecoder.Struct FIELD_SPEC =
      struct(
          "FieldSpec",
          List.of(),
          "group",
          STR,
          "version",
          STR,
          "kind",
          STR,
          "path",
          STR,
          "create",
          BOOL);

  private static final StrictDecoder.Struct LABEL =
      struct(
          "Label",
          List.of(),
          "pairs",
          STR_MAP,
          "includeSelectors",
          BOOL,
          "includeTemplates",
          BOOL,
          "fields",
          new StrictDecoder.StructList(FIELD_SPEC));

  private static final StrictDecoder.Struct OBJECT_META =
      struct(
          "ObjectMeta",
          List.of(),
          "name",
          STR,
          "namespace",
          STR,
          "labels",
          STR_MAP,
          "annotations",
          STR_MAP);

  /** Kustomization fields kustomize knows that this subset does not implement. */
  static final List<String> UNSUPPORTED =
      List.of(
          "openapi",
          "imageTags",
          "replacements",
          "replicas",
          "vars",
          "sortOptions",
          "components",
          "crds",
          "helmGlobals",
          "helmCharts",
          "helmChartInflationGenerator",
          "configurations",
          "generators",
          "transformers",
          "validators",
          "buildMetadata");

  private static final StrictDecoder.Struct KUSTOMIZATION =
      struct(
          "Kustomization",
          UNSUPPORTED,
          "kind",
          STR,
          "apiVersion",
          STR,
          "metadata",
          OBJECT_META,
          "namespace",
          STR,
          "namePrefix",
          STR,
          "nameSuffix",
          STR,
          "commonLabels",
          STR_MAP,
          "labels",
          new StrictDecoder.StructList(LABEL),
          "commonAnnotations",
          STR_MAP,
          "patchesStrategicMerge",
          STR_LIST,
          "patchesJson6902",
          new StrictDecoder.StructList(PATCH),
          "patches",
          new StrictDecoder.StructList(PATCH),
          "resources",
          STR_LIST,
          "bases",
          STR_LIST,
          "configMapGenerator",
          new StrictDecoder.StructList(CONFIG_MAP_ARGS),
          "secretGenerator",
          new StrictDecoder.StructList(SECRET_ARGS),
          "generatorOptions",
          OPTIONS,
          "images",
          new StrictDecoder.StructList(IMAGE));

  private static StrictDecoder.Struct struct(
      String name, List<String> unsupported, Object... fieldsAndTypes) {
    Map<String, StrictDecoder.GoType> fields = new LinkedHashMap<>();
    for (int i = 0; i < fieldsAndTypes.length; i += 2) {
      fields.put((String) fieldsAndTypes[i], (StrictDecoder.GoType) fieldsAndTypes[i + 1]);
    }
    return new StrictDecoder.Struct(name, fields, unsupported);
  }

  private static final YamlReader YAML = new YamlReader();

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** Reads and checks a kustomization file. */
  static Kustomization read(Path file, String text) {
    YamlNode root;
    try {
      root = YAML.readSingle(file.toString(), text);
    } catch (YamlException e) {
      Position p = e.position();
      String msg = e.goMessage().replace(YamlReader.GO_PREFIX, "");
      throw p == null
          ? new KustomizeException("malformed YAML: " + msg, file)
          : new KustomizeException("malformed YAML: " + msg, file, p.line(), p.column());
    }
    Obj k = new StrictDecoder(file).decodeRoot(root, KUSTOMIZATION);
    check(file, k);
    List<Text> resources = new ArrayList<>(list(k.texts("resources")));
    resources.addAll(list(k.texts("bases")));
    return new Kustomization(
        file,
        k.string("namespace"),
        resources,
        k.stringMap("commonLabels"),
        labels(k.objs("labels")),
        k.stringMap("commonAnnotations"),
        generators(k.objs("configMapGenerator")),
        generators(k.objs("secretGenerator")),
        options(k.obj("generatorOptions")),
        patches(k.objs("patches")),
        list(k.texts("patchesStrategicMerge")),
        patches(k.objs("patchesJson6902")),
        k.string("namePrefix"),
        k.string("nameSuffix"),
        images(k.objs("images")));
  }

  private static List<ImageArgs> images(List<Obj> objs) {
    List<ImageArgs> out = new ArrayList<>();
    for (Obj o : list(objs)) {
      out.add(
          new ImageArgs(
              o.string("name"),
              o.string("newName"),
              o.string("newTag"),
              o.string("digest"),
              o.string("tagSuffix"),
              o.pos()));
    }
    return out;
  }

  private static void check(Path file, Obj k) {
    String kind = k.string("kind");
    String apiVersion = k.string("apiVersion");
    if (!kind.isEmpty() && !kind.equals(KIND)) {
      Position p = k.text("kind").pos();
      String msg =
          kind.equals("Component")
              ? "kind Component is not supported by rset (components are not implemented)"
              : "kind should be " + KIND + " or Component";
      throw new KustomizeException(msg, file, p.line(), p.column());
    }
    if (!apiVersion.isEmpty() && !apiVersion.equals(API_VERSION)) {
      Position p = k.text("apiVersion").pos();
      throw new KustomizeException(
          "apiVersion for Kustomization should be " + API_VERSION, file, p.line(), p.column());
    }
    boolean empty = true;
    for (Map.Entry<String, Object> e : k.fields().entrySet()) {
      if (e.getKey().equals("kind") || e.getKey().equals("apiVersion")) {
        continue;
      }
      Object v = e.getValue();
      if (v instanceof Text t && t.value().isEmpty()) {
        continue;
      }
      if (Boolean.FALSE.equals(v)) {
        continue;
      }
      empty = false;
    }
    if (empty) {
      throw new KustomizeException("kustomization.yaml is empty", file);
    }
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  private static List<LabelArgs> labels(List<Obj> objs) {
    List<LabelArgs> out = new ArrayList<>();
    for (Obj o : list(objs)) {
      List<FieldSpec> fields = new ArrayList<>();
      for (Obj f : list(o.objs("fields"))) {
        fields.add(
            new FieldSpec(
                f.string("group"),
                f.string("version"),
                f.string("kind"),
                f.string("path"),
                f.bool("create")));
      }
      out.add(
          new LabelArgs(
              o.stringMap("pairs"),
              o.bool("includeSelectors"),
              o.bool("includeTemplates"),
              fields));
    }
    return out;
  }

  private static GeneratorOptions options(Obj o) {
    if (o == null) {
      return null;
    }
    return new GeneratorOptions(
        o.stringMap("labels"),
        o.stringMap("annotations"),
        o.bool("disableNameSuffixHash"),
        o.bool("immutable"));
  }

  private static List<GeneratorArgs> generators(List<Obj> objs) {
    List<GeneratorArgs> out = new ArrayList<>();
    for (Obj o : list(objs)) {
      List<Text> envs = new ArrayList<>(list(o.texts("envs")));
      if (!o.string("env").isEmpty()) {
        envs.add(o.text("env"));
      }
      out.add(
          new GeneratorArgs(
              o.string("namespace"),
              o.string("name"),
              o.string("behavior"),
              list(o.texts("literals")),
              list(o.texts("files")),
              envs,
              options(o.obj("options")),
              o.string("type"),
              o.pos()));
    }
    return out;
  }

  private static List<PatchArgs> patches(List<Obj> objs) {
    List<PatchArgs> out = new ArrayList<>();
    for (Obj o : list(objs)) {
      Obj t = o.obj("target");
      Selector sel =
          t == null
              ? null
              : new Selector(
                  t.string("group"),
                  t.string("version"),
                  t.string("kind"),
                  t.string("name"),
                  t.string("namespace"),
                  t.string("annotationSelector"),
                  t.string("labelSelector"),
                  t.pos());
      Map<String, Boolean> options = o.boolMap("options");
      out.add(
          new PatchArgs(
              o.text("path"),
              o.text("patch"),
              sel,
              options == null ? Map.of() : options,
              o.pos(),
              null));
    }
    return out;
  }
}
