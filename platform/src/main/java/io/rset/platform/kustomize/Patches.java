package io.rset.platform.kustomize;

import io.rset.core.yaml.Position;
import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlReader;
import io.rset.platform.kustomize.Kustomization.PatchArgs;
import io.rset.platform.kustomize.StrictDecoder.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kustomize's patch transformers: {@code patches} (a strategic-merge patch or a JSON 6902 patch,
 * inline or from a file, applied to a target selection or, for strategic-merge patches without a
 * target, to the object the patch names), and the legacy {@code patchesStrategicMerge} and {@code
 * patchesJson6902}.
 */
final class Patches {
  private static final YamlReader YAML = new YamlReader();

  private final Kustomization k;
  private final Loader loader;
  private final KustTarget.Build build;

  Patches(Kustomization k, Loader loader, KustTarget.Build build) {
    this.k = k;
    this.loader = loader;
    this.build = build;
  }

  /** The file the entry being applied is written in (a Flux Kustomization's for its patches). */
  private Path current;

  private KustomizeException error(Position p, String msg) {
    Path file = current != null ? current : k.file();
    return p == null || p.line() <= 0
        ? new KustomizeException(msg, file)
        : new KustomizeException(msg, file, p.line(), p.column());
  }

  /** A parsed patch: strategic-merge resources or JSON operations. */
  private record Parsed(List<Res> sm, List<JsonPatch.Operation> json, String source) {}

  // ---------------------------------------------------------------------------------------------
  // patches

  void patches(ResMap m) {
    for (PatchArgs p : k.patches()) {
      current = p.file();
      Parsed parsed = parse(p);
      Selectors.Target target = p.target() == null ? null : target(p.target());
      if (parsed.sm() != null) {
        applyStrategicMerge(m, p, parsed, target);
      } else {
        if (target == null) {
          throw error(p.pos(), "must specify a target for JSON patch " + parsed.source());
        }
        applyJson(m, p.pos(), parsed.json(), target, true);
      }
    }
    current = null;
  }

  private Selectors.Target target(Kustomization.Selector s) {
    try {
      return Selectors.compile(s);
    } catch (Selectors.SelectorException e) {
      throw error(s.pos(), "invalid patch target: " + e.getMessage());
    }
  }

  private Parsed parse(PatchArgs p) {
    String patch = p.patch() == null ? "" : p.patch().value().strip();
    String path = p.path() == null ? "" : p.path().value();
    if (patch.isEmpty() && path.isEmpty()) {
      throw error(p.pos(), "must specify one of patch and path");
    }
    if (!patch.isEmpty() && !path.isEmpty()) {
      throw error(p.pos(), "patch and path can't be set at the same time");
    }
    String text;
    String source;
    Path file;
    int lineOffset;
    if (!patch.isEmpty()) {
      text = patch;
      source = "[patch: " + Hasher.json(patch) + "]";
      file = current != null ? current : k.file();
      lineOffset = p.patch().pos().line();
    } else {
      try {
        text = new String(loader.load(path), StandardCharsets.UTF_8);
      } catch (Loader.LoadException e) {
        throw error(
            p.path().pos(),
            "failed to get the patch file from path(" + path + "): " + e.getMessage());
      }
      source = "[path: \"" + path + "\"]";
      file = loader.resolve(path);
      lineOffset = 0;
    }
    List<Res> sm = null;
    KustomizeException smError = null;
    try {
      sm = smPatches(file, text, lineOffset);
    } catch (KustomizeException e) {
      // an inline patch's lines count from where its text is written
      smError =
          lineOffset > 0 && e.line() > 0 && file.equals(e.file())
              ? new KustomizeException(e.getMessage(), file, e.line() + lineOffset, e.column())
              : e;
    }
    List<JsonPatch.Operation> json = null;
    String jsonError = null;
    try {
      json = jsonPatch(text);
    } catch (JsonPatch.PatchException | YamlException e) {
      jsonError = e.getMessage();
    }
    if ((smError == null && jsonError == null) || (sm != null && !sm.isEmpty() && json != null)) {
      throw error(p.pos(), "illegally qualifies as both an SM and JSON patch: " + source);
    }
    if (smError != null && jsonError != null) {
      String why =
          text.stripLeading().startsWith("[") || text.stripLeading().startsWith("-")
              ? "as a JSON patch: " + jsonError
              : "as a strategic merge patch: " + smError.describe();
      throw error(p.pos(), "unable to parse SM or JSON patch from " + source + " (" + why + ")");
    }
    if (smError == null) {
      for (Res r : sm) {
        Map<String, Boolean> o = p.options();
        if (Boolean.TRUE.equals(o.get("allowNameChange"))) {
          r.enable(Res.ALLOW_NAME_CHANGE);
        }
        if (Boolean.TRUE.equals(o.get("allowKindChange"))) {
          r.enable(Res.ALLOW_KIND_CHANGE);
        }
      }
      return new Parsed(sm.isEmpty() ? null : sm, List.of(), source);
    }
    return new Parsed(null, json, source);
  }

  /** Strategic-merge patches: resources read like resource files (kind and name required). */
  private List<Res> smPatches(Path file, String text, int lineOffset) {
    List<Res> rs =
        ResourceFactory.fromBytes(build.reader, file, text.getBytes(StandardCharsets.UTF_8));
    if (lineOffset > 0) {
      List<Res> shifted = new ArrayList<>();
      for (Res r : rs) {
        shifted.add(new Res(r.node, file, r.line + lineOffset, r.column));
      }
      return shifted;
    }
    return rs;
  }

  /** jsonPatchFromBytes: JSON, or YAML converted to JSON, decoded as an operation list. */
  static List<JsonPatch.Operation> jsonPatch(String text) {
    if (text.isEmpty()) {
      throw new JsonPatch.PatchException("empty json patch operations");
    }
    Object v = YAML.readSingle("patch", text).toValue();
    if (v == null) {
      return List.of();
    }
    return JsonPatch.decode(v);
  }

  private void applyStrategicMerge(ResMap m, PatchArgs p, Parsed parsed, Selectors.Target target) {
    if (target != null) {
      if (parsed.sm().size() > 1) {
        throw error(
            p.pos(),
            "Multiple Strategic-Merge Patches in one `patches` entry is not allowed to set"
                + " `patches.target` field: "
                + parsed.source());
      }
      List<Res> selected = m.select(target);
      applySmPatchToSet(m, selected, parsed.sm().get(0), p.pos());
      return;
    }
    for (Res patch : parsed.sm()) {
      Res res;
      try {
        res = m.getById(patch.orgId());
      } catch (ResMap.ResMapException e) {
        throw error(
            p.pos(),
            "no resource matches strategic merge patch \""
                + patch.orgId()
                + "\": "
                + e.getMessage());
      }
      applySmPatch(res, patch, p.pos());
    }
  }

  /** ResMap.ApplySmPatch: a copy of the patch, retargeted, applied to each selected resource. */
  private void applySmPatchToSet(ResMap m, List<Res> selected, Res patch, Position pos) {
    Set<ResId> ids = new HashSet<>();
    for (Res r : selected) {
      ids.add(r.curId());
    }
    List<Res> keep = new ArrayList<>();
    for (Res res : m.resources()) {
      if (res.node != null && ids.contains(res.curId())) {
        Res copy = patch.deepCopy();
        ResMap.copyMergeMetaDataFieldsFrom(copy.node, patch.node);
        Resources.setKind(copy.node, res.kind());
        Resources.setApiVersion(copy.node, res.curId().apiVersion());
        Resources.setKind(copy.node, patch.kind());
        applySmPatch(res, copy, pos);
      }
      if (!res.isNilOrEmpty()) {
        keep.add(res);
      }
    }
    m.clear();
    try {
      m.appendAll(keep);
    } catch (ResMap.ResMapException e) {
      throw error(pos, e.getMessage());
    }
  }

  /** Resource.ApplySmPatch: merge, then restore kind, name and namespace unless allowed. */
  private void applySmPatch(Res r, Res patch, Position pos) {
    if (r.node == null) {
      return;
    }
    String n = r.name();
    String ns = r.namespace();
    String kind = r.kind();
    if (patch.nameChangeAllowed() || patch.kindChangeAllowed()) {
      r.storePreviousId();
    }
    KNode result;
    try {
      result = StrategicMerge.merge(patch.node, r.node);
    } catch (StrategicMerge.MergeException e) {
      throw error(pos, "applying patch to " + r.curId() + ": " + e.getMessage());
    }
    if (result == null) {
      r.node = null;
      return;
    }
    if (r.isNilOrEmpty()) {
      return;
    }
    if (!patch.kindChangeAllowed()) {
      Resources.setKind(r.node, kind);
    }
    if (!patch.nameChangeAllowed()) {
      Resources.setName(r.node, n);
    }
    Resources.setNamespace(r.node, ns);
  }

  private void applyJson(
      ResMap m,
      Position pos,
      List<JsonPatch.Operation> ops,
      Selectors.Target target,
      boolean storePreviousId) {
    for (Res res : m.select(target)) {
      if (storePreviousId) {
        res.storePreviousId();
      }
      Map<String, String> internal = internalAnnotations(res);
      Object patched;
      try {
        patched = JsonPatch.apply(ops, NodeJson.toObject(res.node));
      } catch (JsonPatch.PatchException e) {
        throw error(pos, "applying JSON patch to " + res.curId() + ": " + e.getMessage());
      } catch (NodeJson.ConversionException e) {
        throw new KustomizeException(e.getMessage(), res.file, res.line, res.column);
      }
      if (!(patched instanceof Map<?, ?>)) {
        throw error(
            pos,
            "applying JSON patch to "
                + res.curId()
                + ": json: cannot unmarshal array into Go value of type map[string]interface {}");
      }
      res.node = NodeJson.fromValue(patched);
      Map<String, String> a = res.annotations();
      a.putAll(internal);
      Resources.setAnnotations(res.node, a);
    }
  }

  private static Map<String, String> internalAnnotations(Res r) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    r.annotations()
        .forEach(
            (k, v) -> {
              if (k.startsWith(Res.DOMAIN)
                  || k.equals("config.kubernetes.io/path")
                  || k.equals("config.kubernetes.io/index")
                  || k.equals("config.k8s.io/id")) {
                out.put(k, v);
              }
            });
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // legacy patchesStrategicMerge and patchesJson6902

  void legacyStrategicMerge(ResMap m) {
    if (k.patchesStrategicMerge().isEmpty()) {
      return;
    }
    List<Res> loaded = new ArrayList<>();
    List<Position> positions = new ArrayList<>();
    for (Text entry : k.patchesStrategicMerge()) {
      List<Res> rs;
      try {
        rs =
            ResourceFactory.fromBytes(
                build.reader, k.file(), entry.value().getBytes(StandardCharsets.UTF_8));
      } catch (KustomizeException notInline) {
        byte[] bytes;
        try {
          bytes = loader.load(entry.value());
        } catch (Loader.LoadException e) {
          throw error(
              entry.pos(), "patchesStrategicMerge \"" + entry.value() + "\": " + e.getMessage());
        }
        rs = ResourceFactory.fromBytes(build.reader, loader.resolve(entry.value()), bytes);
      }
      for (Res r : rs) {
        loaded.add(r);
        positions.add(entry.pos());
      }
    }
    if (loaded.isEmpty()) {
      throw error(k.patchesStrategicMerge().get(0).pos(), "patch appears to be empty");
    }
    for (int i = 0; i < loaded.size(); i++) {
      Res patch = loaded.get(i);
      Res target;
      try {
        target = m.getById(patch.orgId());
      } catch (ResMap.ResMapException e) {
        throw error(positions.get(i), e.getMessage());
      }
      applySmPatchToSet(m, List.of(target), patch, positions.get(i));
    }
  }

  void legacyJson6902(ResMap m) {
    for (PatchArgs p : k.patchesJson6902()) {
      if (p.target() == null || p.target().name().isEmpty()) {
        throw error(p.pos(), "must specify the target name");
      }
      String path = p.path() == null ? "" : p.path().value();
      String op = p.patch() == null ? "" : p.patch().value();
      if (path.isEmpty() && op.isEmpty()) {
        throw error(p.pos(), "empty file path and empty jsonOp");
      }
      if (!path.isEmpty()) {
        if (!op.isEmpty()) {
          throw error(p.pos(), "must specify a file path or jsonOp, not both");
        }
        try {
          op = new String(loader.load(path), StandardCharsets.UTF_8);
        } catch (Loader.LoadException e) {
          throw error(p.path().pos(), e.getMessage());
        }
        if (op.isEmpty()) {
          throw error(p.path().pos(), "patch file '" + path + "' empty seems to be empty");
        }
      }
      List<JsonPatch.Operation> ops;
      try {
        ops = jsonPatch(op);
      } catch (JsonPatch.PatchException | YamlException e) {
        throw error(p.pos(), "decoding " + op + ": " + e.getMessage());
      }
      if (ops.isEmpty()) {
        throw error(p.pos(), "patch appears to be empty; file=" + path + ", JsonOp=" + op);
      }
      applyJson(m, p.pos(), ops, target(p.target()), false);
    }
  }
}
